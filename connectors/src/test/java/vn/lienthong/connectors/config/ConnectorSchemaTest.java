package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema of the connector file ({@code samples/connectors/connector.schema.json}, for IDE
 * completion) accepts the samples and every valid fixture, as the gateway's own YAML reader sees them, and catches
 * broken platform options.
 */
class ConnectorSchemaTest {

    /** Surefire runs in the module directory, so the repository's samples are one level up. */
    static final Path SCHEMA = Path.of("..", "samples", "connectors", "connector.schema.json");
    private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(SCHEMA), InputFormat.JSON);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> validFiles() throws IOException {
        return Stream.of(yamlFiles(Path.of("..", "samples", "connectors")), yamlFiles(Path.of("..", "samples", "demo")),
                        yamlFiles(ConnectorFixtures.fixture("valid-rest.yaml").getParent()).stream()
                                .filter(file -> file.getFileName().toString().startsWith("valid-")).toList())
                .flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void acceptsTheSamplesAndTheValidFixtures(Path file) {
        assertThat(errors(file)).as("schema errors of %s", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("brokenPlatformOptions")
    void refusesBrokenPlatformOptions(String fixture, String option) {
        List<Error> errors = errors(ConnectorFixtures.fixture(fixture));
        assertThat(errors).extracting(Error::toString).as("schema errors of %s", fixture)
                .anySatisfy(error -> assertThat(error).contains(option));
    }

    static Stream<Arguments> brokenPlatformOptions() {
        return Stream.of(
                Arguments.of("invalid-vdxp-missing-system-id.yaml", "system-id"),
                Arguments.of("invalid-vdxp-no-options.yaml", "options"),
                Arguments.of("invalid-vdxp-options.yaml", "sytem-id"),
                Arguments.of("invalid-lgsp-options.yaml", "client-secret-env"),
                Arguments.of("invalid-lgsp-options.yaml", "/options/token-url"),
                Arguments.of("invalid-bad-transport.yaml", "/transport"));
    }

    /** The tree the gateway reads (YAML 1.1, so an unquoted off is false), checked as JSON. */
    private static List<Error> errors(Path file) {
        FieldReader fields = new FieldReader(file.getFileName().toString());
        ObjectNode tree = new ConnectorYamlParser().parse(file, fields)
                .orElseThrow(() -> new AssertionError(file + " does not parse: " + fields.errors()));
        return VALIDATOR.validate(tree.toString(), InputFormat.JSON);
    }

    static JsonNode schemaTree() {
        try {
            return JSON.readTree(read(SCHEMA));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
