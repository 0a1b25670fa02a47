package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.signatures.revocation.CrlRevocationChecker;
import vn.lienthong.signatures.testsupport.TestPki;

class CrlFileTest {

    @TempDir
    Path dir;

    private final TestPki pki = TestPki.shared();
    private final X509CRL crl = TestPki.crl(pki.intermediate(), Instant.now(), Instant.now().plus(Duration.ofDays(1)),
            Map.of(java.math.BigInteger.TEN, Instant.now()));

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
    void anUnreadableFileIsNamedInTheError() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.crl"), "not a CRL");

        assertThatThrownBy(() -> CrlRevocationChecker.readCrls(List.of(junk)))
                .hasMessageContaining("CRL file " + junk + " cannot be read");
    }
}
