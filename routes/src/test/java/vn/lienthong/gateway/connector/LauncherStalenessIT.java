package vn.lienthong.gateway.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's staleness check, run on a copy of the launcher in a scratch tree whose {@code mvn} only records
 * that it was called: files the gateway wrote into a data directory do not rebuild, a changed source does.
 */
class LauncherStalenessIT {

    private static final Path LAUNCHER = Path.of("..", "lienthong").toAbsolutePath().normalize();

    @TempDir
    Path root;

    private Path buildMarker;

    @BeforeEach
    void scratchTreeWithABuiltJar() throws IOException {
        Files.copy(LAUNCHER, root.resolve("lienthong"));
        root.resolve("lienthong").toFile().setExecutable(true);
        Path jar = Files.createDirectories(root.resolve("routes/target")).resolve("lienthong-gateway.jar");
        Files.writeString(jar, "not a real jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        buildMarker = root.resolve("mvn-was-called");
        Path fakeMvn = Files.createDirectories(root.resolve("fake-bin")).resolve("mvn");
        Files.writeString(fakeMvn, "#!/bin/sh\necho \"$@\" >> '" + buildMarker + "'\n");
        Files.setPosixFilePermissions(fakeMvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theDemosDataDirectoryDoesNotMakeTheJarStale() throws Exception {
        Path received = Files.createDirectories(root.resolve("data-demo/thpt-phan-dinh-phung/outbox"));
        Files.writeString(received.resolve("1-CV-SGDDT.xml"), "<edXMLEnvelope/>");
        Files.writeString(Files.createDirectories(root.resolve("data/db")).resolve("settings.yml"), "x: 1");

        launchCheckConnectors();

        assertThat(buildMarker).doesNotExist();
    }

    @Test
    void aChangedSourceStillRebuilds() throws Exception {
        Path source = Files.createDirectories(root.resolve("routes/src/main/java")).resolve("Changed.java");
        Files.writeString(source, "class Changed {}");

        launchCheckConnectors();

        assertThat(buildMarker).exists();
        assertThat(Files.readString(buildMarker)).contains("package");
    }

    private void launchCheckConnectors() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("lienthong").toString(), "check-connectors",
                root.resolve("no-such-dir").toString()).redirectErrorStream(true);
        builder.environment().put("PATH", root.resolve("fake-bin") + ":" + System.getenv("PATH"));
        builder.environment().remove("LIENTHONG_NO_BUILD");
        Process process = builder.start();
        // The fake jar cannot run: only whether the launcher asked Maven to build before starting it matters.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished: " + output).isTrue();
    }
}
