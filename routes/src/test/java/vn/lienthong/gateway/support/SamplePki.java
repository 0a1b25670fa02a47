package vn.lienthong.gateway.support;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import vn.lienthong.signatures.DocumentSigner;
import vn.lienthong.signatures.SigningKey;

/** The committed test PKI of {@code certs-sample/}, as the tests use it (Failsafe runs in {@code routes/}). */
public final class SamplePki {

    public static final Path ROOT = Path.of("..", "certs-sample");
    public static final String PASSWORD = "changeit";

    private SamplePki() {
    }

    public static Path file(String relative) {
        return ROOT.resolve(relative).toAbsolutePath().normalize();
    }

    /**
     * A signer for any key of the sample PKI, the faulty ones included: tests need to sign with expired or
     * wrongly issued keys that the gateway's own key loader rightly refuses.
     */
    public static DocumentSigner signerFor(String agency, String p12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file(p12))) {
            store.load(in, PASSWORD.toCharArray());
        }
        String alias = store.aliases().nextElement();
        PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD.toCharArray());
        List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias))
                .map(X509Certificate.class::cast).toList();
        return new DocumentSigner(new SigningKey(agency, key, chain), true);
    }
}
