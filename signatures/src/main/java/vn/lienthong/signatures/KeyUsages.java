package vn.lienthong.signatures;

import java.security.cert.X509Certificate;

/** Whether a certificate's KeyUsage permits signing documents (digitalSignature or nonRepudiation). */
final class KeyUsages {

    static final String LACKS_SIGNING = "key usage lacks digitalSignature/nonRepudiation";

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private KeyUsages() {
    }

    /**
     * True when the KeyUsage extension grants digitalSignature or nonRepudiation. A certificate without the extension
     * is refused too: every CA that issues document-signing certificates here sets it, so its absence means the
     * certificate was made for something else.
     */
    static boolean allowsSigning(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage != null
                && (usage[DIGITAL_SIGNATURE] || (usage.length > NON_REPUDIATION && usage[NON_REPUDIATION]));
    }
}
