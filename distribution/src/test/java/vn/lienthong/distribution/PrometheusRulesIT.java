package vn.lienthong.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped alert rules as Prometheus reads them: {@code promtool check rules} accepts them and the unit tests of
 * {@code lienthong-rules.test.yml} (every alert firing, and not firing, on synthetic series) pass.
 */
class PrometheusRulesIT {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");

    /** CI installs promtool (.ci/run, Debian package prometheus): there a missing binary fails the build. */
    @BeforeAll
    static void requirePromtool() {
        if (System.getenv("CI") != null) {
            assertThat(PROMTOOL).as("promtool must be installed in CI (apt-get install prometheus)").isExecutable();
        }
        Assumptions.assumeTrue(Files.isExecutable(PROMTOOL), "promtool not installed (apt-get install prometheus)");
    }

    @Test
    void theRulesAreValid() throws Exception {
        Result result = promtool("check", "rules", MonitoringKit.RULES.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 10 rules found");
    }

    @Test
    void everyAlertPassesItsUnitTests() throws Exception {
        Result result = promtool("test", "rules", MonitoringKit.RULE_TESTS.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void everyAlertHasAUnitTest() throws Exception {
        String tests = Files.readString(MonitoringKit.RULE_TESTS, StandardCharsets.UTF_8);
        List<String> untested = new ArrayList<>();
        for (String alert : Files.readAllLines(MonitoringKit.RULES, StandardCharsets.UTF_8).stream()
                .filter(line -> line.trim().startsWith("- alert: "))
                .map(line -> line.trim().substring("- alert: ".length())).toList()) {
            if (!tests.contains("alertname: " + alert + "\n")) {
                untested.add(alert);
            }
        }

        assertThat(untested).as("alerts without a promtool unit test").isEmpty();
    }

    private static Result promtool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
