package cecgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A scratch DBMS in the server's JVM, for the warm-up (scripts/neo4j.sh, cecgraph warmup): an
 * empty database of its own, in a directory of its own, with Bolt on a port of the kernel's
 * choosing, that the warm-up loads generated articles into and removes them from, committing.
 * The server's database is never touched, but the JVM compiles the code both databases run,
 * the commits included, which a rehearsal rolled back never reaches.
 *
 * <p>When its Bolt port accepts connections it prints one line,
 *
 * <pre>cecgraph-neo4j scratch ready bolt://127.0.0.1:PORT</pre>
 *
 * <p>and it stops, deleting its directory, when the file {@code stop} appears (the warm-up is
 * over), after {@code lifetimeSeconds}, or when the server stops. It does not start at all when
 * that file is there already (the warm-up was interrupted before the server was ready): whoever
 * starts the server removes a stale one first, as scripts/neo4j.sh does.
 */
final class ScratchDbms {
    private static final String HOST = "127.0.0.1";

    private ScratchDbms() {}

    /** Starts the scratch DBMS in dir on a thread of its own; returns at once. */
    static Thread startInBackground(Path dir, Path stop, long lifetimeSeconds, PrintStream out, PrintStream err) {
        Thread t = new Thread(() -> run(dir, stop, lifetimeSeconds, out, err), "cecgraph-scratch-dbms");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void run(Path dir, Path stop, long lifetimeSeconds, PrintStream out, PrintStream err) {
        DatabaseManagementService dbms = null;
        Thread hook = null;
        try {
            deleteTree(dir);
            if (Files.exists(stop)) {
                return;
            }
            Files.createDirectories(dir);
            Path conf = dir.resolve("neo4j.conf");
            Files.write(conf, List.of(
                    "server.bolt.enabled=true",
                    "server.bolt.listen_address=" + HOST + ":0",
                    "server.bolt.advertised_address=" + HOST + ":0",
                    "server.bolt.connection_keep_alive_for_requests=OFF",
                    "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
                    "dbms.security.auth_enabled=false",
                    "dbms.usage_report.enabled=false",
                    // Small: the heap is the server's, and the scratch data is a few MB.
                    "server.memory.pagecache.size=32m",
                    "db.memory.transaction.total.max=256m",
                    "server.directories.logs=" + dir.resolve("logs")));
            dbms = new DatabaseManagementServiceBuilder(dir).loadPropertiesFromFile(conf).build();
            DatabaseManagementService started = dbms;
            // The server's own hook stops the server when the JVM exits; this one stops the scratch.
            hook = new Thread(() -> {
                try {
                    started.shutdown();
                } catch (RuntimeException e) {
                    // already stopped
                }
            }, "cecgraph-scratch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database("neo4j");
            HostnamePort bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            if (bolt == null) {
                throw new IllegalStateException("its Bolt connector did not start");
            }
            out.println("cecgraph-neo4j scratch ready bolt://" + HOST + ":" + bolt.getPort());
            out.flush();
            long deadline = System.currentTimeMillis() + lifetimeSeconds * 1000;
            while (!Files.exists(stop) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            err.println("cecgraph-neo4j: the scratch DBMS failed: " + e);
            err.flush();
        } finally {
            if (hook != null) {
                // Stopped here: the hook would keep the stopped DBMS reachable for the JVM's life.
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down; the hook runs or ran
                }
            }
            if (dbms != null) {
                try {
                    dbms.shutdown();
                } catch (RuntimeException e) {
                    err.println("cecgraph-neo4j: stopping the scratch DBMS: " + e);
                }
            }
            try {
                deleteTree(dir);
                Files.deleteIfExists(stop);
            } catch (IOException e) {
                err.println("cecgraph-neo4j: deleting " + dir + ": " + e);
            }
            out.println("cecgraph-neo4j scratch stopped");
            out.flush();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
