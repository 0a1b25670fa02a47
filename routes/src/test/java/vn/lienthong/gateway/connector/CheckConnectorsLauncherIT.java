package vn.lienthong.gateway.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** {@code ./lienthong check-connectors DIR} run as an integrator runs it: a separate process from the launcher. */
class CheckConnectorsLauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theSampleConnectorsAreValid() throws Exception {
        Result result = launch(ROOT.resolve("samples/connectors"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("so-gddt-ha-tinh.yaml: so-gddt-ha-tinh \"Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh")
                .contains("3 connector file(s)");
    }

    @Test
    void anInvalidDirectoryFailsNamingTheFileAndTheField() throws Exception {
        Result result = launch(Path.of("src/test/resources/connectors-invalid").toAbsolutePath());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("phong-gddt-thach-ha.yaml: agencies[0]: ").contains("000.20.31.h53");
    }

    private static Result launch(Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("lienthong").toString(), "check-connectors",
                dir.toString()).redirectErrorStream(true);
        builder.environment().put("LIENTHONG_NO_BUILD", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
