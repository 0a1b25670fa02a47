package vn.lienthong.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs libxmlsec1's command-line tool, the independent implementation the interop tests check against. */
public final class Xmlsec1 {

    private static final Path BINARY = Path.of("/usr/bin/xmlsec1");

    private Xmlsec1() {
    }

    /** CI installs xmlsec1 (.ci/run), so there a missing binary fails; on a workstation the test is skipped. */
    public static void requireInstalled() {
        if (System.getenv("CI") != null) {
            assertThat(BINARY).as("xmlsec1 must be installed in CI").isExecutable();
        }
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "xmlsec1 not installed (apt-get install xmlsec1)");
    }

    /** {@code xmlsec1 --verify} against the sample PKI's root, with the intermediate as an untrusted helper. */
    public static Result verify(byte[] signed) throws IOException, InterruptedException {
        Path file = Files.createTempFile("xmlsec1-verify", ".xml");
        Files.write(file, signed);
        return run(List.of("--verify", "--trusted-pem", SamplePki.file("ca/root-ca.pem").toString(),
                "--untrusted-pem", SamplePki.file("ca/intermediate-ca.pem").toString(), file.toString()), null);
    }

    /** {@code xmlsec1 --sign} of a package that carries a Signature template, with a PKCS#12 key. */
    public static byte[] sign(byte[] template, String p12) throws IOException, InterruptedException {
        Path in = Files.createTempFile("xmlsec1-template", ".xml");
        Path out = Files.createTempFile("xmlsec1-signed", ".xml");
        Files.write(in, template);
        Result result = run(List.of("--sign", "--pkcs12", SamplePki.file(p12).toString(), "--pwd", SamplePki.PASSWORD,
                "--output", out.toString(), in.toString()), null);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return Files.readAllBytes(out);
    }

    private static Result run(List<String> arguments, Path workDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(BINARY.toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("xmlsec1 finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }

    /** Exit code and combined output of one xmlsec1 run. */
    public record Result(int exitCode, String output) {
    }
}
