package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.signatures.testsupport.TestPki;

class PemCertificatesTest {

    @TempDir
    Path dir;

    private final TestPki pki = TestPki.shared();

    @Test
    void aBundleOfAnchorsIsReadInOrder() throws Exception {
        Path bundle = Files.writeString(dir.resolve("anchors.pem"),
                pem(pki.root().certificate()) + pem(pki.intermediate().certificate()));

        List<X509Certificate> anchors = PemCertificates.read(List.of(bundle));

        assertThat(anchors).containsExactly(pki.root().certificate(), pki.intermediate().certificate());
    }

    @Test
    void aFileWithoutCertificatesIsNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");

        assertThatThrownBy(() -> PemCertificates.read(List.of(empty)))
                .hasMessage("certificate file " + empty + " holds no certificate");
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
