package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Locates the connector file fixtures under {@code src/test/resources/connectors/} and reads their errors. */
final class ConnectorFixtures {

    private ConnectorFixtures() {
    }

    /** Returns the path of fixture {@code name}, failing loudly when it does not exist. */
    static Path fixture(String name) {
        URL url = ConnectorFixtures.class.getResource("/connectors/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads fixture {@code name}, which must be rejected, and returns the errors it was rejected with. */
    static List<ConnectorError> errorsOf(String name) {
        return errorsOf(fixture(name));
    }

    /** Reads {@code file}, which must be rejected, and returns the errors it was rejected with. */
    static List<ConnectorError> errorsOf(Path file) {
        try {
            new ConnectorFileReader().read(file);
        } catch (ConnectorConfigException e) {
            return e.errors();
        }
        throw new AssertionError(file.getFileName() + " was expected to be rejected but was accepted");
    }

    /** Reads fixture {@code name}, which must be rejected with exactly one error, and returns that error. */
    static ConnectorError singleErrorOf(String name) {
        List<ConnectorError> errors = errorsOf(name);
        assertThat(errors).as("errors of %s", name).hasSize(1);
        return errors.get(0);
    }
}
