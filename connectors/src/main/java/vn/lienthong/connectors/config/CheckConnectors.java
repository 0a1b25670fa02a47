package vn.lienthong.connectors.config;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.ConnectorLimits;

/**
 * {@code ./lienthong check-connectors DIR}: validates a directory of connector files exactly as the gateway's
 * start-up does, without starting it, so an integrator can check a change before deploying it.
 */
public final class CheckConnectors {

    /** Exit status when every file is valid. */
    public static final int OK = 0;
    /** Exit status when at least one file (or the directory itself) is wrong. */
    public static final int INVALID = 1;
    /** Exit status when the command line itself is wrong. */
    public static final int USAGE = 2;

    private CheckConnectors() {
    }

    public static void main(String[] args) {
        // UTF-8 explicitly: names are Vietnamese and a POSIX locale would print them as question marks.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Checks the directory named by {@code args}; errors go to {@code err}, the summary to {@code out}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].isBlank()) {
            err.println("usage: lienthong check-connectors DIR");
            return USAGE;
        }
        Path dir = Path.of(args[0]);
        if (!Files.exists(dir)) {
            err.println(dir + ": does not exist; name a folder of connector *.yaml files");
            return INVALID;
        }
        try {
            List<ConnectorDefinition> connectors = ConnectorDirectory.load(dir);
            connectors.forEach(c -> out.println(summary(c)));
            out.println(connectors.size() + " connector file(s) in " + dir + " are valid");
            return OK;
        } catch (ConnectorConfigException e) {
            e.errors().forEach(err::println);
            err.println(e.errors().size() + " error(s) in " + dir);
            return INVALID;
        }
    }

    private static String limits(ConnectorLimits limits) {
        return (limits.maxPackageSize() == null ? "" : ", max package " + limits.maxPackageSize() + " bytes")
                + (limits.rate() == null ? "" : ", rate " + limits.rate().describe());
    }

    /** One line per connector: what an integrator checks at a glance before deploying. */
    static String summary(ConnectorDefinition c) {
        String endpoint = c.endpoint() == null ? "(no endpoint)" : c.endpoint().toString();
        return c.sourceFile().getFileName() + ": " + c.id() + " \"" + c.name() + "\" " + c.transport().key() + " "
                + endpoint + " agencies " + String.join(", ", c.agencies())
                + (c.apiKeySha256() == null ? ", no inbound API key" : ", inbound API key set")
                + (c.clientCertificateSha256() == null ? "" : ", TLS client certificate set")
                + limits(c.limits())
                + ", signature " + c.signatureVerify().key() + ", PDF signatures " + c.pdfSignatures().key() + ", "
                + c.retry().maxAttempts() + " attempts";
    }
}
