import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * GraphMLValidate checks XML files against an XML Schema with the JDK's own validator
 * (javax.xml.validation), with no network: the schema and what it imports must be local files.
 * Our tests use it on GraphML exports, with the graphml.xsd that scripts/graphml-schema.sh
 * fetches.
 *
 * <pre>
 *   java neo4j/graphml/GraphMLValidate.java SCHEMA.xsd FILE...
 * </pre>
 *
 * For each problem it prints one line, "FILE:LINE:COLUMN: error: MESSAGE" (or "warning"), and
 * for each file a last line "FILE: valid" or "FILE: invalid (N errors)". Exit status: 0 when
 * every file is valid, 1 when some file is not, 2 when the schema cannot be read or the
 * arguments are wrong.
 */
public final class GraphMLValidate {
    /** MAX_ERRORS caps the errors reported per file; the rest are only counted. */
    private static final int MAX_ERRORS = 50;

    private GraphMLValidate() {}

    /** Collector keeps every warning and error of one file instead of stopping at the first. */
    private static final class Collector implements ErrorHandler {
        private final String file;
        final List<String> lines = new ArrayList<>();
        int errors;

        Collector(String file) {
            this.file = file;
        }

        private void add(String kind, SAXParseException e) {
            if (lines.size() < MAX_ERRORS) {
                lines.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + kind + ": " + e.getMessage());
            }
        }

        @Override
        public void warning(SAXParseException e) {
            add("warning", e);
        }

        @Override
        public void error(SAXParseException e) {
            errors++;
            add("error", e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            errors++;
            add("error", e);
            throw e; // not well-formed: the parser cannot go on
        }
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java GraphMLValidate.java SCHEMA.xsd FILE...");
            System.exit(2);
        }
        File xsd = new File(args[0]);
        if (!xsd.isFile()) {
            System.err.println(args[0] + ": schema not found (scripts/graphml-schema.sh fetches graphml.xsd)");
            System.exit(2);
        }
        Schema schema;
        try {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Only local files: an import that points at a URL fails here instead of going online.
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            schema = sf.newSchema(xsd);
        } catch (SAXException e) {
            System.err.println(args[0] + ": cannot load the schema: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean allValid = true;
        for (int i = 1; i < args.length; i++) {
            String file = args[i];
            Collector c = new Collector(file);
            try {
                Validator v = schema.newValidator();
                // The instance's xsi:schemaLocation (an http URL) is never followed.
                v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                v.setErrorHandler(c);
                v.validate(new StreamSource(new File(file)));
            } catch (SAXParseException e) {
                // Already reported by the collector (a fatal error).
            } catch (SAXException e) {
                c.errors++;
                c.lines.add(file + ": error: " + e.getMessage());
            } catch (java.io.IOException e) {
                c.errors++;
                c.lines.add(file + ": error: cannot read: " + e.getMessage());
            }
            c.lines.forEach(System.out::println);
            if (c.errors == 0) {
                System.out.println(file + ": valid");
            } else {
                allValid = false;
                System.out.println(file + ": invalid (" + c.errors + (c.errors == 1 ? " error)" : " errors)"));
            }
        }
        System.exit(allValid ? 0 : 1);
    }
}
