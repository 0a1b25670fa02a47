package vn.lienthong.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code lienthong.*} settings as the configuration processor describes them (what an IDE completes) are the
 * settings the README's "Configuration reference" lists, each described, and the only ones the code and the shipped
 * configuration files use.
 */
class ConfigurationReferenceTest {

    private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    private static final Path README = Path.of("../README.md");
    private static final Pattern TABLE_KEY = Pattern.compile("`([a-z.][a-z0-9.\\[\\]-]*)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(lienthong\\.[a-z0-9.-]+)");

    private static Map<String, String> described;

    @BeforeAll
    static void readMetadata() throws IOException {
        described = new TreeMap<>();
        for (JsonNode property : new ObjectMapper().readTree(METADATA.toFile()).path("properties")) {
            String name = property.path("name").asText();
            if (name.startsWith("lienthong.")) {
                described.put(name, property.path("description").asText(""));
            }
        }
    }

    @Test
    void everySettingIsDescribedForTheIde() {
        assertThat(described).containsKeys("lienthong.data-dir", "lienthong.connectors-dir", "lienthong.instance-id",
                "lienthong.poll.lock-at-most-for", "lienthong.folder.poll-delay", "lienthong.platform.poll-delay");
        assertThat(described.entrySet()).allSatisfy(entry -> assertThat(entry.getValue())
                .as("Javadoc of %s", entry.getKey()).isNotBlank());
    }

    @Test
    void theReadmeTableListsExactlyTheSettingsThereAre() throws IOException {
        Set<String> listed = readmeTable();

        Set<String> missingFromTable = new TreeSet<>(described.keySet());
        missingFromTable.removeAll(listed);
        Set<String> unknownInTable = new TreeSet<>(listed);
        unknownInTable.removeAll(described.keySet());
        assertThat(missingFromTable).as("settings missing from README.md's Configuration reference").isEmpty();
        assertThat(unknownInTable).as("README.md's Configuration reference names settings that do not exist")
                .isEmpty();
    }

    @Test
    void theCodeAndTheShippedConfigurationUseOnlyDescribedSettings() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PLACEHOLDER.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.addAll(yamlKeys(Path.of("src/main/resources/application.yml")));
        used.addAll(yamlKeys(Path.of("../distribution/src/config/application.yml")));

        // An entry of a map-valued setting (lienthong.deadlines.priorities.1.registration) belongs to the map's key.
        assertThat(used).contains("lienthong.dispatch.sweep-interval", "lienthong.signing.keys")
                .allSatisfy(key -> assertThat(described.keySet()).as("a described setting for " + key)
                        .anyMatch(setting -> key.equals(setting) || key.startsWith(setting + ".")));
    }

    /** The first column's keys; {@code a.b` / `.c} abbreviates a.c, and {@code keys[i].x} is the list keys. */
    private static Set<String> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf("## Configuration reference");
        assertThat(start).as("README.md has a Configuration reference section").isNotNegative();
        Set<String> keys = new TreeSet<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (line.startsWith("| `")) {
                keys.addAll(keysOf(line.split("\\|")[1]));
            }
        }
        return keys;
    }

    private static List<String> keysOf(String cell) {
        List<String> keys = new ArrayList<>();
        String base = null;
        Matcher m = TABLE_KEY.matcher(cell);
        while (m.find()) {
            String key = m.group(1);
            if (key.startsWith(".") && base != null) {
                key = base.substring(0, base.lastIndexOf('.')) + key;
            } else {
                base = key;
            }
            if (key.startsWith("lienthong.")) {
                keys.add(key.replaceAll("\\[[^]]*].*$", ""));
            }
        }
        return keys;
    }

    /** Every {@code lienthong.*} leaf of a YAML file; a list stands for its own key. */
    private static Set<String> yamlKeys(Path yaml) throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(new YAMLMapper().readTree(yaml.toFile()).path("lienthong"), "lienthong", keys);
        return keys;
    }

    private static void collect(JsonNode node, String path, Set<String> keys) {
        if (!node.isObject()) {
            keys.add(path);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            collect(field.getValue(), path + "." + field.getKey(), keys);
        }
    }
}
