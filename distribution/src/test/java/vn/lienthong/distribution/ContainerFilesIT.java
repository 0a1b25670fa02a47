package vn.lienthong.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile and deploy/compose.yml cannot be run here (no container runtime), so what can be checked is checked:
 * the paths they take from the distribution archive exist in it, and the ports, directories and endpoints they name
 * are those of the archive's configuration, the systemd unit and the Prometheus configuration.
 */
class ContainerFilesIT {

    private static final Path ROOT = Path.of(System.getProperty("lienthong.deploy-dir", "../deploy")).getParent();
    private static final Path ARCHIVE = Path.of(System.getProperty("lienthong.distribution.archive"));
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Set<String> archived;
    private static String dockerfile;
    private static JsonNode compose;
    private static JsonNode productionConfig;

    @BeforeAll
    static void read() throws Exception {
        Process tar = new ProcessBuilder("tar", "-tzf", ARCHIVE.toString()).redirectErrorStream(true).start();
        String listing = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        archived = new TreeSet<>();
        listing.lines().map(entry -> entry.substring(entry.indexOf('/') + 1)).forEach(archived::add);
        dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
        // SnakeYAML itself, which resolves the merge keys (<<: *gateway) as compose does; Jackson's reader does not.
        compose = new ObjectMapper().valueToTree(new Yaml().load(Files.readString(ROOT.resolve("deploy/compose.yml"))));
        productionConfig = YAML.readTree(ROOT.resolve("distribution/src/config/application.yml").toFile());
    }

    @Test
    void theImageIsBuiltFromTheArchiveAndRunsItsLauncher() {
        assertThat(dockerfile).contains("-pl distribution -am package", "distribution/target/lienthong-*.tar.gz",
                "--strip-components=1");
        assertThat(archived).contains("bin/lienthong", "lib/lienthong-gateway.jar", "config/application.yml");
        assertThat(single("ENTRYPOINT \\[\"(/opt/lienthong/[^\"]+)\"]")).isEqualTo("/opt/lienthong/bin/lienthong");
        assertThat(single("COPY --from=distribution (/opt/lienthong/config/) /etc/lienthong/"))
                .isEqualTo("/opt/lienthong/config/");
        assertThat(single("LIENTHONG_CONFIG_DIR=(\\S+)")).isEqualTo("/etc/lienthong");
    }

    @Test
    void theImageRunsAsAUserOfItsOwnWithTheDataDirectoryAsAVolume() {
        String user = single("(?m)^USER (\\S+)");
        assertThat(user).doesNotStartWith("root").doesNotStartWith("0");
        String dataDir = productionConfig.path("lienthong").path("data-dir").asText();
        assertThat(single("(?m)^VOLUME (\\S+)")).isEqualTo(dataDir).isEqualTo("/var/lib/lienthong");
        assertThat(archivedFile("systemd/lienthong.service")).contains("ReadWritePaths=" + dataDir);
    }

    @Test
    void theHealthCheckAndTheExposedPortAreTheConfiguredServerPort() {
        int port = productionConfig.path("server").path("port").asInt();
        assertThat(single("(?m)^EXPOSE (\\d+)")).isEqualTo(String.valueOf(port));
        assertThat(single("HEALTHCHECK[\\s\\S]*?curl [^\\n]*http://127\\.0\\.0\\.1:(\\d+)/actuator/health"))
                .isEqualTo(String.valueOf(port));
        for (String gateway : List.of("gw-1", "gw-2")) {
            JsonNode service = compose.path("services").path(gateway);
            assertThat(service.path("ports").get(0).asText()).endsWith(":" + port);
        }
    }

    @Test
    void theComposeFileHasTheProductionTopology() {
        assertThat(compose.path("services").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("gw-1", "gw-2", "artemis-1", "artemis-2", "postgres", "prometheus");
        for (String gateway : List.of("gw-1", "gw-2")) {
            JsonNode service = compose.path("services").path(gateway);
            JsonNode environment = service.path("environment");
            assertThat(environment.path("LIENTHONG_INSTANCE_ID").asText()).isEqualTo(gateway);
            assertThat(environment.path("SPRING_DATASOURCE_URL").asText()).contains("//postgres:5432/");
            assertThat(environment.path("SPRING_ARTEMIS_BROKER_URL").asText())
                    .contains("tcp://artemis-1:61616", "tcp://artemis-2:61616", "ha=true");
            assertThat(texts(service.path("volumes"))).contains("./config:/etc/lienthong:ro",
                    gateway + "-data:/var/lib/lienthong");
        }
        assertThat(compose.path("services").path("artemis-2").path("environment").path("EXTRA_ARGS").asText())
                .contains("--backup", "--replicated");
    }

    @Test
    void everyFileTheComposeFileMountsExistsAndPrometheusScrapesBothGateways() throws Exception {
        List<String> missing = new ArrayList<>();
        compose.path("services").forEach(service -> texts(service.path("volumes")).stream()
                .filter(volume -> volume.startsWith("./"))
                .map(volume -> volume.substring(2, volume.indexOf(':')))
                .filter(source -> !Files.exists(ROOT.resolve("deploy").resolve(source)) && !source.equals("config"))
                .forEach(missing::add));
        assertThat(missing).as("mounted from deploy/ but missing").isEmpty();

        JsonNode prometheus = YAML.readTree(ROOT.resolve("deploy/prometheus/prometheus.yml").toFile());
        JsonNode job = prometheus.path("scrape_configs").get(0);
        assertThat(job.path("metrics_path").asText()).isEqualTo("/actuator/prometheus");
        int port = productionConfig.path("server").path("port").asInt();
        assertThat(texts(job.path("static_configs").get(0).path("targets"))).containsExactly("gw-1:" + port,
                "gw-2:" + port);
        assertThat(texts(prometheus.path("rule_files"))).containsExactly("lienthong-rules.yml");
        assertThat(texts(compose.path("services").path("prometheus").path("volumes")))
                .contains("./prometheus/lienthong-rules.yml:/etc/prometheus/lienthong-rules.yml:ro");
    }

    private static String single(String regex) {
        Matcher m = Pattern.compile(regex).matcher(dockerfile);
        assertThat(m.find()).as("Dockerfile matches " + regex).isTrue();
        return m.group(1);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String archivedFile(String path) {
        try {
            Process tar = new ProcessBuilder("tar", "-xzOf", ARCHIVE.toString(),
                    "lienthong-" + System.getProperty("lienthong.version") + "/" + path).start();
            String content = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return content;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
