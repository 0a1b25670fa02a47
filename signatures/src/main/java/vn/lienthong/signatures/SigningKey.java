package vn.lienthong.signatures;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The key an organisation signs with: its agency code, the private key and the certificate chain (signer first).
 *
 * @param agency     agency code (mã định danh) of the organisation, e.g. {@code 000.00.13.H53}
 * @param privateKey the signing key
 * @param chain      the signer certificate first, then any intermediates (and possibly the root)
 */
public record SigningKey(String agency, PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs at least its own certificate");
        }
    }

    /** The certificate of the signing key itself. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        // The default record toString would print the private key object; never let it reach a log.
        return "SigningKey[agency=" + agency + ", subject=" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
