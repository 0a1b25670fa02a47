package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run prints {@code file: field: message} for every error and one line per valid connector. */
class CheckConnectorsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anInvalidDirectoryExitsNonZeroNamingFileAndField() throws IOException {
        Files.copy(fixture("invalid-bad-retry.yaml"), dir.resolve("thach-ha.yaml"));
        Files.copy(fixture("valid-rest.yaml"), dir.resolve("a-valid.yaml"));

        int status = run(dir.toString());

        assertThat(status).isEqualTo(CheckConnectors.INVALID);
        assertThat(text(err)).contains("thach-ha.yaml: retry.max-attempts: ", "thach-ha.yaml: retry.multiplier: ")
                .doesNotContain("a-valid.yaml");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void aValidDirectoryExitsZeroWithOneLinePerConnector() throws IOException {
        Files.copy(fixture("valid-rest.yaml"), dir.resolve("thach-ha.yaml"));
        Files.copy(fixture("valid-minimal-inbox.yaml"), dir.resolve("hong-linh.yaml"));

        int status = run(dir.toString());

        assertThat(status).isEqualTo(CheckConnectors.OK);
        assertThat(text(out).lines()).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("thach-ha.yaml: phong-gddt-thach-ha \"Phòng GD&ĐT"))
                .last().asString().startsWith("2 connector file(s)");
        assertThat(text(err)).isEmpty();
    }

    /** Issue 13's promise: a vdxp file without system-id is refused before the gateway starts, not at a send. */
    @Test
    void aVdxpFileWithoutSystemIdIsRefusedNamingTheOption() throws IOException {
        Files.copy(fixture("invalid-vdxp-missing-system-id.yaml"), dir.resolve("truc-quoc-gia.yaml"));

        int status = run(dir.toString());

        assertThat(status).isEqualTo(CheckConnectors.INVALID);
        assertThat(text(err).lines()).containsExactly("truc-quoc-gia.yaml: options.system-id: is required",
                "1 error(s) in " + dir);
    }

    @Test
    void aMissingDirectoryIsAnError() {
        int status = run(dir.resolve("absent").toString());

        assertThat(status).isEqualTo(CheckConnectors.INVALID);
        assertThat(text(err)).contains("absent: does not exist");
    }

    @Test
    void noArgumentIsAUsageError() {
        int status = CheckConnectors.run(new String[0], print(out), print(err));

        assertThat(status).isEqualTo(CheckConnectors.USAGE);
        assertThat(text(err)).startsWith("usage: lienthong check-connectors DIR");
    }

    private int run(String dirArgument) {
        return CheckConnectors.run(new String[] {dirArgument}, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream sink) {
        return sink.toString(StandardCharsets.UTF_8);
    }
}
