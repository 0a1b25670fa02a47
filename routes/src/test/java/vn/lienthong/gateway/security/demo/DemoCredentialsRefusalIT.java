package vn.lienthong.gateway.security.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

import vn.lienthong.gateway.LienthongApplication;
import vn.lienthong.gateway.support.SamplePki;

/** Started outside the demo profile with a sample connector file and the sample key, the gateway refuses to start. */
@ExtendWith(OutputCaptureExtension.class)
class DemoCredentialsRefusalIT {

    @Test
    void refusesToStartAndSaysWhichCredentialsAndWhatToDo(@TempDir Path work, CapturedOutput output)
            throws Exception {
        Path connectors = Files.createDirectories(work.resolve("connectors"));
        Files.copy(Path.of("..", "samples", "connectors", "phong-gddt-thach-ha.yaml"),
                connectors.resolve("phong-gddt-thach-ha.yaml"));

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(LienthongApplication.class).run(
                "--server.port=0",
                "--lienthong.data-dir=" + work.resolve("data"),
                "--lienthong.connectors-dir=" + connectors,
                "--lienthong.connectors-watch.enabled=false",
                "--lienthong.signing.keys[0].agency=000.00.13.H53",
                "--lienthong.signing.keys[0].keystore=" + SamplePki.file("orgs/so-gddt-ha-tinh.p12"),
                "--lienthong.signing.keys[0].password=" + SamplePki.PASSWORD,
                "--spring.artemis.embedded.server-id=" + ThreadLocalRandom.current().nextInt(1, 1_000_000),
                "--logging.structured.format.console="));

        Throwable cause = NestedExceptionUtils.getRootCause(failure);
        assertThat(cause).isInstanceOf(DemoCredentialsException.class);
        assertThat(((DemoCredentialsException) cause).findings()).containsExactly(
                "connector phong-gddt-thach-ha (phong-gddt-thach-ha.yaml): inbound.api-key-sha256 is the hash of the "
                        + "demo API key \"demo-thach-ha-key\" published in samples/; give the partner a new key "
                        + "(openssl rand -hex 32) and put its SHA-256 there",
                "lienthong.signing.keys[0].password is \"changeit\", the password of the sample keystores; protect "
                        + "the organisation's key with a password of its own",
                "lienthong.signing.keys[0].keystore " + SamplePki.file("orgs/so-gddt-ha-tinh.p12") + " holds a key "
                        + "of the test PKI of certs-sample/, whose private keys are public; use the organisation's "
                        + "own key and certificate");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                "Demo credentials configured outside the demo profile",
                "start it with ./lienthong demo, which activates the Spring profile 'demo'");
    }
}
