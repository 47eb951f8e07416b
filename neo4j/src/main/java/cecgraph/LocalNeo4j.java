package cecgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * A local Neo4j Community DBMS for development, started from Maven Central jars
 * (see neo4j/pom.xml and scripts/neo4j.sh).
 *
 * <p>It runs the same bootstrapper as the Neo4j server distribution (Bolt, the HTTP API
 * and, when the neo4j-browser jar is on the class path, Neo4j Browser at /browser/),
 * bound to 127.0.0.1 with authentication disabled. When the default database accepts
 * work and both ports accept TCP connections it prints one line:
 *
 * <pre>cecgraph-neo4j ready bolt://127.0.0.1:BOLT http://127.0.0.1:HTTP</pre>
 *
 * <p>It stays up until SIGTERM/SIGINT. Neo4j's bootstrapper turns those signals into
 * System.exit(0), and the JVM shutdown hook the bootstrapper registers shuts the DBMS down
 * cleanly (checkpoint, close stores, "Stopped." in the log); our own hook only reports it.
 *
 * <pre>
 * usage: java -cp 'LIB_DIR/*' cecgraph.LocalNeo4j [options] [neo4j.setting=value ...]
 *   --bolt-port N     Bolt port (default: $NEO4J_BOLT_PORT or 7687)
 *   --http-port N     HTTP port (default: $NEO4J_HTTP_PORT or 7474)
 *   --data-dir DIR    data directory (default: HOME/data)
 *   --home DIR        Neo4j home: logs/, run/, import/, plugins/ (default: parent of --data-dir, else .neo4j)
 *   --scratch         once ready, also start a scratch DBMS for the warm-up (see ScratchDbms)
 *   --scratch-lifetime S  stop the scratch DBMS after S seconds at most (default 900)
 *   key=value         any Neo4j setting; applied last, so it overrides ours
 * </pre>
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final String DEFAULT_DATABASE = "neo4j";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        // Neo4j redirects System.out/err into its own logging once started; keep the real ones.
        PrintStream out = System.out;
        PrintStream err = System.err;

        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("cecgraph-neo4j: " + e.getMessage());
            err.println(USAGE);
            System.exit(2);
            return;
        }
        if (opts.help) {
            out.println(USAGE);
            return;
        }

        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.default_listen_address", HOST);
        settings.put("server.default_advertised_address", HOST);
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", HOST + ":" + opts.boltPort);
        settings.put("server.bolt.advertised_address", HOST + ":" + opts.boltPort);
        settings.put("server.http.enabled", "true");
        settings.put("server.http.listen_address", HOST + ":" + opts.httpPort);
        settings.put("server.http.advertised_address", HOST + ":" + opts.httpPort);
        settings.put("server.https.enabled", "false");
        settings.put("dbms.security.auth_enabled", "false");
        settings.put("initial.dbms.default_database", DEFAULT_DATABASE);
        settings.put("server.memory.pagecache.size", "256m");
        settings.put("dbms.usage_report.enabled", "false");
        // With keep-alive on requests (the default) the server sends clients a read-timeout hint,
        // and the Go driver then starts a goroutine and a timer for every read from the socket:
        // an 8,000-row result took 90 ms instead of 30 ms. A server on the loopback interface
        // needs no keep-alive messages to keep its connections open.
        settings.put("server.bolt.connection_keep_alive_for_requests", "OFF");
        // Netty waits a 5 s quiet period per Bolt event loop group on shutdown (about 10 s in all);
        // connections are already closed by then, so a local server can skip it.
        settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        settings.put("server.directories.data", opts.dataDir.toString());
        settings.put("server.directories.logs", opts.home.resolve("logs").toString());
        settings.put("server.directories.run", opts.home.resolve("run").toString());
        settings.put("server.directories.import", opts.home.resolve("import").toString());
        settings.put("server.directories.plugins", opts.home.resolve("plugins").toString());
        settings.putAll(opts.extra);

        try {
            Files.createDirectories(opts.dataDir);
            Files.createDirectories(opts.home.resolve("logs"));
        } catch (IOException e) {
            err.println("cecgraph-neo4j: cannot create directories: " + e);
            System.exit(1);
            return;
        }

        CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean ready = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (ready.get()) {
                out.println("cecgraph-neo4j: shutdown requested, stopping the DBMS");
                out.flush();
            }
            stopped.countDown();
        }, "cecgraph-neo4j-shutdown"));

        // No config file (null): everything comes from the settings map. Command expansion stays off.
        int rc;
        try {
            rc = bootstrapper.start(opts.home, null, settings, false, false);
        } catch (RuntimeException e) {
            // Typically a bad key=value setting (strict validation rejects unknown names).
            err.println("cecgraph-neo4j: invalid configuration: " + e.getMessage());
            err.flush();
            System.exit(3);
            return;
        }
        if (rc != NeoBootstrapper.OK) {
            err.println("cecgraph-neo4j: Neo4j failed to start (exit code " + rc + "); see the log above");
            err.flush();
            System.exit(rc);
            return;
        }

        DatabaseManagementService dbms = bootstrapper.getDatabaseManagementService();
        GraphDatabaseService db = dbms.database(opts.extra.getOrDefault("initial.dbms.default_database", DEFAULT_DATABASE));
        long deadline = System.currentTimeMillis() + 120_000;
        while (!(db.isAvailable(1_000) && accepts(opts.boltPort) && accepts(opts.httpPort))) {
            if (System.currentTimeMillis() > deadline) {
                err.println("cecgraph-neo4j: started, but the database or the ports did not become available in 120 s");
                err.flush();
                System.exit(1);
                return;
            }
            sleep(200);
        }
        ready.set(true);
        out.println("cecgraph-neo4j ready bolt://" + HOST + ":" + opts.boltPort + " http://" + HOST + ":" + opts.httpPort);
        out.flush();
        if (opts.scratch) {
            ScratchDbms.startInBackground(opts.home.resolve("scratch"), opts.home.resolve("run").resolve("scratch.stop"),
                    opts.scratchLifetime, out, err);
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final String USAGE = String.join("\n",
            "usage: java -cp 'LIB_DIR/*' cecgraph.LocalNeo4j [options] [neo4j.setting=value ...]",
            "  --bolt-port N     Bolt port (default: $NEO4J_BOLT_PORT or 7687)",
            "  --http-port N     HTTP port (default: $NEO4J_HTTP_PORT or 7474)",
            "  --data-dir DIR    data directory (default: HOME/data)",
            "  --home DIR        Neo4j home for logs/, run/, import/, plugins/",
            "                    (default: parent of --data-dir, else ./.neo4j)",
            "  --scratch         once ready, also start a scratch DBMS for the warm-up: an empty",
            "                    database in HOME/scratch, Bolt on a free port (printed), stopped",
            "                    and deleted when HOME/run/scratch.stop appears",
            "  --scratch-lifetime S  stop the scratch DBMS after S seconds at most (default 900)",
            "  key=value         any Neo4j setting, applied last (overrides the defaults)");

    /** Command line and environment. */
    private static final class Options {
        int boltPort = port(System.getenv("NEO4J_BOLT_PORT"), 7687, "NEO4J_BOLT_PORT");
        int httpPort = port(System.getenv("NEO4J_HTTP_PORT"), 7474, "NEO4J_HTTP_PORT");
        Path home;
        Path dataDir;
        boolean help;
        boolean scratch;
        long scratchLifetime = 900;
        final Map<String, String> extra = new LinkedHashMap<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String name = a;
                String value = null;
                if (a.startsWith("--") && a.contains("=")) {
                    name = a.substring(0, a.indexOf('='));
                    value = a.substring(a.indexOf('=') + 1);
                }
                switch (name) {
                    case "-h", "--help" -> o.help = true;
                    case "--scratch" -> o.scratch = true;
                    case "--bolt-port", "--http-port", "--data-dir", "--home", "--scratch-lifetime" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(name + " needs a value");
                            }
                            value = args[++i];
                        }
                        switch (name) {
                            case "--bolt-port" -> o.boltPort = port(value, 0, name);
                            case "--http-port" -> o.httpPort = port(value, 0, name);
                            case "--data-dir" -> o.dataDir = Path.of(value).toAbsolutePath().normalize();
                            case "--scratch-lifetime" -> o.scratchLifetime = seconds(value, name);
                            default -> o.home = Path.of(value).toAbsolutePath().normalize();
                        }
                    }
                    default -> {
                        int eq = a.indexOf('=');
                        if (a.startsWith("-") || eq <= 0) {
                            throw new IllegalArgumentException("unknown argument: " + a);
                        }
                        o.extra.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
                    }
                }
            }
            if (o.home == null) {
                o.home = o.dataDir != null && o.dataDir.getParent() != null
                        ? o.dataDir.getParent()
                        : Path.of(".neo4j").toAbsolutePath().normalize();
            }
            if (o.dataDir == null) {
                o.dataDir = o.home.resolve("data");
            }
            if (o.boltPort == o.httpPort) {
                throw new IllegalArgumentException("Bolt and HTTP ports must differ (both " + o.boltPort + ")");
            }
            return o;
        }

        private static long seconds(String value, String what) {
            try {
                long s = Long.parseLong(value.trim());
                if (s < 1) {
                    throw new NumberFormatException();
                }
                return s;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": not a number of seconds: " + value);
            }
        }

        private static int port(String value, int dflt, String what) {
            if (value == null || value.isBlank()) {
                return dflt;
            }
            try {
                int p = Integer.parseInt(value.trim());
                if (p < 1 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": not a TCP port: " + value);
            }
        }
    }
}
