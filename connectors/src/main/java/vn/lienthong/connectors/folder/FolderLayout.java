package vn.lienthong.connectors.folder;

import java.nio.file.Path;
import java.util.Map;

import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * The four directories of a {@code folder} connector: {@code endpoint} is the outbox the gateway writes to;
 * {@code options.inbox}, {@code options.done} and {@code options.error} default to {@code inbox}, {@code done}
 * and {@code error} beside the outbox, so one partner's folders live together.
 *
 * @param outbox where delivered packages are written, one {@code <deliveryId>.xml} each
 * @param inbox where the partner drops {@code *.xml} packages for the gateway
 * @param done where accepted files are moved
 * @param error where refused files are moved, each with a {@code <name>.error.txt} that says why
 */
public record FolderLayout(Path outbox, Path inbox, Path done, Path error) {

    /** Option keys of a folder connector file's {@code options:} section. */
    public static final String INBOX = "inbox";
    public static final String DONE = "done";
    public static final String ERROR = "error";

    /** Relative option values are taken from the connector file's directory, like {@code endpoint}. */
    public static FolderLayout of(ConnectorDefinition connector) {
        Path outbox = Path.of(connector.endpoint()).toAbsolutePath().normalize();
        Path base = connector.sourceFile() == null ? Path.of("").toAbsolutePath()
                : connector.sourceFile().toAbsolutePath().getParent();
        Map<String, String> options = connector.options();
        return new FolderLayout(outbox, folder(options, INBOX, base, outbox), folder(options, DONE, base, outbox),
                folder(options, ERROR, base, outbox));
    }

    private static Path folder(Map<String, String> options, String key, Path base, Path outbox) {
        String value = options.get(key);
        Path folder = value == null || value.isBlank() ? outbox.resolveSibling(key) : base.resolve(value.strip());
        return folder.toAbsolutePath().normalize();
    }
}
