package vn.lienthong.signatures.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import vn.lienthong.signatures.PemCertificates;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.CrlRevocationChecker;

/** The committed PDFs of {@code certs-sample/pdf/} and a verifier trusting the test PKI, revocation by its CRL files. */
final class SamplePdfs {

    static final Path PKI = Path.of("..", "certs-sample");

    private SamplePdfs() {
    }

    static Path file(String name) {
        return PKI.resolve("pdf").resolve(name);
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PdfSignatureVerifier verifier() {
        return verifier(PdfLimits.DEFAULT);
    }

    static PdfSignatureVerifier verifier(PdfLimits limits) {
        List<Path> crls = List.of(PKI.resolve("crl/intermediate.crl"), PKI.resolve("crl/root.crl"));
        var revocation = new CrlRevocationChecker(CrlRevocationChecker.readCrls(crls), HttpClient.newHttpClient(),
                Duration.ofSeconds(2), Duration.ofHours(1), Clock.systemUTC());
        return new PdfSignatureVerifier(revocation, limits, Clock.systemUTC(), null);
    }

    static VerificationPolicy policy() {
        return VerificationPolicy.trusting(PemCertificates.read(List.of(PKI.resolve("trust/anchors.pem"))));
    }

    static PdfReport verify(String name) {
        return verifier().verify(PdfSource.of(file(name)), policy());
    }
}
