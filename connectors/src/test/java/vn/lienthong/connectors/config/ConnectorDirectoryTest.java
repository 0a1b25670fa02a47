package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.connectors.config.ConnectorFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/** A directory of connector files loads as a whole: every file's errors, plus conflicts between files. */
class ConnectorDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void treatsAMissingDirectoryAsNoConnectors() throws Exception {
        assertThat(ConnectorDirectory.load(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void rejectsAPathThatIsAFile() throws Exception {
        Path file = copy("valid-rest.yaml", "not-a-dir.yaml");

        List<ConnectorError> errors = loadErrors(file);

        assertThat(errors).extracting(ConnectorError::message).singleElement().asString()
                .startsWith("is not a directory");
    }

    @Test
    void loadsYamlAndYmlFilesInNameOrderAndIgnoresTheRest() throws Exception {
        copy("valid-rest.yaml", "b-thach-ha.yml");
        copy("valid-minimal-inbox.yaml", "a-hong-linh.yaml");
        copy("invalid-missing-id.yaml", "notes.txt");
        copy("invalid-missing-id.yaml", ".#b-thach-ha.yaml");

        List<ConnectorDefinition> connectors = ConnectorDirectory.load(dir);

        assertThat(connectors).extracting(ConnectorDefinition::id)
                .containsExactly("truong-thpt-hong-linh", "phong-gddt-thach-ha");
    }

    @Test
    void collectsTheErrorsOfEveryFile() throws Exception {
        copy("invalid-missing-id.yaml", "a.yaml");
        copy("valid-rest.yaml", "b.yaml");
        copy("invalid-bad-transport.yaml", "c.yaml");

        assertThat(loadErrors(dir)).extracting(ConnectorError::file, ConnectorError::field)
                .containsExactly(tuple("a.yaml", "id"), tuple("c.yaml", "transport"));
    }

    @Test
    void namesBothFilesOfADuplicateId() throws Exception {
        copy("valid-rest.yaml", "a.yaml");
        copy("valid-rest-same-id.yaml", "b.yaml");

        assertThat(loadErrors(dir)).containsExactly(new ConnectorError("b.yaml", "id",
                "duplicate id \"phong-gddt-thach-ha\", already used in a.yaml; every connector needs its own id"));
    }

    @Test
    void namesBothFilesAndTheAgencyClaimedTwice() throws Exception {
        copy("valid-rest.yaml", "a.yaml");
        copy("valid-rest-same-agency.yaml", "b.yaml");

        assertThat(loadErrors(dir)).containsExactly(new ConnectorError("b.yaml", "agencies[1]",
                "agency 000.20.31.H54 is already reached through \"phong-gddt-thach-ha\" in a.yaml; "
                        + "an agency must map to exactly one connector"));
    }

    @Test
    void namesBothFilesSharingAnApiKey() throws Exception {
        copy("valid-rest.yaml", "a.yaml");
        copy("valid-rest-same-key.yaml", "b.yaml");

        ConnectorError error = loadErrors(dir).get(0);

        assertThat(error.file()).isEqualTo("b.yaml");
        assertThat(error.field()).isEqualTo("inbound.api-key-sha256");
        assertThat(error.message()).startsWith("same API key as \"phong-gddt-thach-ha\" in a.yaml");
    }

    @Test
    void listsAllErrorsOnePerLineInTheExceptionMessage() throws Exception {
        copy("invalid-missing-id.yaml", "a.yaml");
        copy("invalid-bad-transport.yaml", "b.yaml");

        ConnectorConfigException rejection =
                catchThrowableOfType(ConnectorConfigException.class, () -> ConnectorDirectory.load(dir));

        assertThat(rejection.getMessage()).isEqualTo("a.yaml: id: is required\n"
                + "b.yaml: transport: must be one of rest, soap, vdxp, lgsp, folder, inbox, was \"ftp\"");
    }

    private Path copy(String fixture, String fileName) throws IOException {
        return Files.copy(fixture(fixture), dir.resolve(fileName));
    }

    private static List<ConnectorError> loadErrors(Path directory) {
        ConnectorConfigException rejection =
                catchThrowableOfType(ConnectorConfigException.class, () -> ConnectorDirectory.load(directory));
        assertThat(rejection).as("rejection of %s", directory).isNotNull();
        return rejection.errors();
    }
}
