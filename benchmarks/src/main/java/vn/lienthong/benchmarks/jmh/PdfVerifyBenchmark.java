package vn.lienthong.benchmarks.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.pdf.PdfLimits;
import vn.lienthong.signatures.pdf.PdfReport;
import vn.lienthong.signatures.pdf.PdfSignatureVerifier;
import vn.lienthong.signatures.pdf.PdfSource;
import vn.lienthong.signatures.revocation.RevocationStatus;
import vn.lienthong.signatures.testsupport.PdfDocuments;
import vn.lienthong.signatures.testsupport.PdfFixtures;
import vn.lienthong.signatures.testsupport.PdfSigner;

/**
 * Verifying the PDF attachment of a package, as intake does for every PDF: a decision signed by the director and
 * then by the department with a time-stamp (the committed fixture's shape), padded to the size of scenario (b)'s
 * attachment; or the random bytes the benchmark's packages carry under a PDF name, which are not a readable PDF.
 * Revocation is left out (a cached answer in the gateway).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PdfVerifyBenchmark {

    @Param({"3300", "1048576"})
    public int attachmentBytes;

    @Param({"signed", "random"})
    public String content;

    private byte[] pdf;
    private PdfSignatureVerifier verifier;
    private VerificationPolicy policy;

    @Setup
    public void prepare() throws IOException {
        Path pki = Files.isDirectory(Path.of("certs-sample")) ? Path.of("certs-sample") : Path.of("..", "certs-sample");
        pdf = "signed".equals(content) ? signed(pki) : random();
        policy = SampleKeys.trustingSampleRoot();
        verifier = new PdfSignatureVerifier((certificate, issuer, at) -> RevocationStatus.good("benchmark"),
                PdfLimits.DEFAULT, Clock.systemUTC(), null);
        PdfReport report = verify();
        if ("signed".equals(content) != report.isValid()) {
            throw new IllegalStateException("unexpected verdict on the benchmark's PDF: " + report.reason());
        }
    }

    private byte[] signed(Path pki) throws IOException {
        PdfSigner.Key director = PdfFixtures.key(pki, "persons/giam-doc-so-gddt", "ca/intermediate-ca", "ca/root-ca");
        PdfSigner.Key department = PdfFixtures.key(pki, "orgs/so-gddt-ha-tinh", "ca/intermediate-ca", "ca/root-ca");
        PdfSigner.Key tsa = PdfFixtures.key(pki, "tsa/tsa", "ca/intermediate-ca", "ca/root-ca");
        int padding = Math.max(0, attachmentBytes - PdfDocuments.decision().length - 40_000);
        byte[] byDirector = PdfSigner.sign(PdfDocuments.decision(padding), director,
                PdfSigner.Signing.by(PdfFixtures.DIRECTOR, "Ký ban hành"));
        return PdfSigner.sign(byDirector, department,
                PdfSigner.Signing.by("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", "Văn thư đóng dấu").timestampedBy(tsa));
    }

    private byte[] random() {
        byte[] bytes = new byte[attachmentBytes];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    @Benchmark
    public PdfReport verify() {
        return verifier.verify(PdfSource.of(pdf), policy);
    }
}
