package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.signatures.testsupport.TestPki;

class SigningKeysTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private final TestPki pki = TestPki.shared();

    @Test
    void theFirstKeyEntryIsLoadedWithItsChain() throws Exception {
        TestPki.Issued leaf = pki.leaf("Sở GD&ĐT Hà Tĩnh").issue();
        Path p12 = keystore("org.p12", "sgddt", leaf);

        SigningKey key = SigningKeys.load("000.00.13.H53", p12, PASSWORD, null);

        assertThat(key.agency()).isEqualTo("000.00.13.H53");
        assertThat(key.certificate()).isEqualTo(leaf.certificate());
        assertThat(key.chain()).hasSize(3);
        assertThat(key.toString()).doesNotContain("private");
    }

    @Test
    void aNamedAliasIsLoadedAndAMissingOneIsNamed() throws Exception {
        Path p12 = keystore("org.p12", "sgddt", pki.leaf("Sở GD&ĐT").issue());

        assertThat(SigningKeys.load("000.00.13.H53", p12, PASSWORD, "sgddt").agency()).isEqualTo("000.00.13.H53");
        assertThatThrownBy(() -> SigningKeys.load("000.00.13.H53", p12, PASSWORD, "other"))
                .isInstanceOf(SigningException.class)
                .hasMessage("keystore " + p12 + ": no key entry with alias 'other' (key entries: [sgddt])");
    }

    @Test
    void anExpiredCertificateIsRefusedNamingTheFile() throws Exception {
        Path p12 = keystore("expired.p12", "old", pki.leaf("Hết hạn")
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")).issue());

        assertThatThrownBy(() -> SigningKeys.load("000.00.13.H53", p12, PASSWORD, null))
                .isInstanceOf(SigningException.class)
                .hasMessageStartingWith("keystore " + p12 + ": certificate CN=Hết hạn")
                .hasMessageEndingWith("expired on 2021-01-01T00:00:00Z");
    }

    @Test
    void aCertificateWithoutASigningKeyUsageIsRefused() throws Exception {
        Path p12 = keystore("tls.p12", "tls", pki.leaf("Máy chủ TLS").keyUsage(KeyUsage.keyEncipherment).issue());

        assertThatThrownBy(() -> SigningKeys.load("000.00.13.H53", p12, PASSWORD, null))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining(p12.toString())
                .hasMessageEndingWith("key usage lacks digitalSignature/nonRepudiation");
    }

    @Test
    void aWrongPasswordIsNamedWithTheFile() throws Exception {
        Path p12 = keystore("org.p12", "sgddt", pki.leaf("Sở GD&ĐT").issue());

        assertThatThrownBy(() -> SigningKeys.load("000.00.13.H53", p12, "wrong".toCharArray(), null))
                .isInstanceOf(SigningException.class)
                .hasMessageStartingWith("keystore " + p12 + ": cannot open it as PKCS#12");
    }

    private Path keystore(String file, String alias, TestPki.Issued leaf) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, leaf.privateKey(), PASSWORD, new Certificate[] {
            leaf.certificate(), pki.intermediate().certificate(), pki.root().certificate() });
        Path path = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, PASSWORD);
        }
        return path;
    }
}
