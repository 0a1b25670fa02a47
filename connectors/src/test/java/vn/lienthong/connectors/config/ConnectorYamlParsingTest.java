package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.connectors.config.ConnectorFixtures.errorsOf;
import static vn.lienthong.connectors.config.ConnectorFixtures.singleErrorOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a single well-formed YAML mapping are rejected with one error that says where and why. */
class ConnectorYamlParsingTest {

    @Test
    void reportsMalformedYamlWithItsLine() {
        ConnectorError error = singleErrorOf("malformed-yaml.yaml");

        assertThat(error.file()).isEqualTo("malformed-yaml.yaml");
        assertThat(error.field()).isEmpty();
        assertThat(error.message()).startsWith("malformed YAML at line 4");
    }

    @Test
    void reportsBadIndentationWithItsLine() {
        ConnectorError error = singleErrorOf("malformed-indentation.yaml");

        assertThat(error.message()).startsWith("malformed YAML at line 5").contains("mapping values are not allowed");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(singleErrorOf("empty.yaml").message()).startsWith("is empty");
    }

    @Test
    void rejectsAFileWithOnlyComments() {
        assertThat(singleErrorOf("comments-only.yaml").message()).startsWith("is empty");
    }

    @Test
    void rejectsATopLevelList() {
        assertThat(singleErrorOf("invalid-not-a-mapping.yaml").message())
                .isEqualTo("must be a mapping of fields (id: ..., name: ...), was a list");
    }

    @Test
    void rejectsAliasesWithTheirLine() {
        assertThat(singleErrorOf("invalid-alias.yaml").message())
                .isEqualTo("YAML alias *short at line 7 is not supported; write the value out in full");
    }

    @Test
    void rejectsANestedAliasBombWithoutExpandingIt() {
        assertThat(singleErrorOf("invalid-billion-laughs.yaml").message())
                .startsWith("YAML alias *a at line 2 is not supported");
    }

    @Test
    void rejectsASecondDocument() {
        assertThat(singleErrorOf("invalid-two-documents.yaml").message())
                .isEqualTo("holds a second YAML document at line 7; use one file per connector");
    }

    @Test
    void rejectsADuplicateKey() {
        ConnectorError error = singleErrorOf("invalid-duplicate-key.yaml");

        assertThat(error.message()).startsWith("malformed YAML at line 6").contains("'id'");
    }

    @Test
    void rejectsNestingBeyondTheLimit() {
        assertThat(singleErrorOf("invalid-too-deep.yaml").message())
                .startsWith("malformed YAML").contains("nesting depth (17) exceeds the maximum allowed (16)")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void rejectsAnOversizedFileWithoutParsingIt(@TempDir Path dir) throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.yaml"),
                "name: \"" + "x".repeat(ConnectorYamlParser.MAX_FILE_BYTES) + "\"\n");

        List<ConnectorError> errors = errorsOf(huge);

        assertThat(errors).extracting(ConnectorError::message).singleElement().asString()
                .startsWith("is larger than 256 KiB");
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        List<ConnectorError> errors = errorsOf(dir.resolve("absent.yaml"));

        assertThat(errors).extracting(ConnectorError::file, ConnectorError::field)
                .containsExactly(tuple("absent.yaml", ""));
        assertThat(errors.get(0).message()).startsWith("cannot be read");
    }
}
