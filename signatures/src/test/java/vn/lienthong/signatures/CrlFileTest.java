package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.signatures.revocation.CrlRevocationChecker;
import vn.lienthong.signatures.revocation.RevocationStatus;
import vn.lienthong.signatures.testsupport.TestPki;

class CrlFileTest {

    @TempDir
    Path dir;

    private final TestPki pki = TestPki.shared();
    private final TestPki.Issued revoked = pki.leaf("Văn thư bị thu hồi").issue();
    private final Instant revokedAt = Instant.parse("2026-03-01T00:00:00Z");
    private final X509CRL crl = TestPki.crl(pki.intermediate(), Instant.now(), Instant.now().plus(Duration.ofDays(1)),
            Map.of(revoked.certificate().getSerialNumber(), revokedAt));

    @Test
    void derAndPemCrlFilesAreRead() throws Exception {
        Path der = Files.write(dir.resolve("sub.crl"), crl.getEncoded());
        String pem = "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder().encodeToString(crl.getEncoded())
                + "\n-----END X509 CRL-----\n";
        Path pemFile = Files.writeString(dir.resolve("sub.pem"), pem, StandardCharsets.US_ASCII);

        List<X509CRL> read = CrlRevocationChecker.readCrls(List.of(der, pemFile));

        assertThat(read).containsExactly(crl, crl);
    }

    @Test
    void aCrlReadFromAFileRevokesTheCertificatesItLists() throws Exception {
        Path der = Files.write(dir.resolve("sub.crl"), crl.getEncoded());
        CrlRevocationChecker checker = new CrlRevocationChecker(CrlRevocationChecker.readCrls(List.of(der)),
                HttpClient.newHttpClient(), Duration.ofSeconds(2), Duration.ofHours(1), Clock.systemUTC());

        RevocationStatus status = checker.check(revoked.certificate(), pki.intermediate().certificate(),
                Instant.now());

        assertThat(status.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status.revokedAt()).isEqualTo(revokedAt);
    }

    @Test
    void anUnreadableFileIsNamedInTheError() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.crl"), "not a CRL");

        assertThatThrownBy(() -> CrlRevocationChecker.readCrls(List.of(junk)))
                .hasMessageContaining("CRL file " + junk + " cannot be read");
    }
}
