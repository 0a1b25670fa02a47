package vn.lienthong.gateway.signature;

import java.nio.charset.StandardCharsets;

/** A cheap look for a Signature element, for packages whose signature the connector's policy does not check. */
final class SignaturePresence {

    private SignaturePresence() {
    }

    /** Errs towards "signed": signing a package that already carries a signature would fail anyway. */
    static boolean hasSignature(byte[] packageBytes) {
        return new String(packageBytes, StandardCharsets.UTF_8).contains("Signature");
    }
}
