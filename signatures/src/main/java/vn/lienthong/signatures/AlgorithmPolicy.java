package vn.lienthong.signatures;

import java.util.Set;

/** The XML-DSig algorithms a received signature may use; SHA-1 only where a connector allows legacy producers. */
final class AlgorithmPolicy {

    static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    /** Inclusive 1.0, inclusive 1.1 and exclusive canonicalization, all without comments. */
    static final Set<String> CANONICALIZATIONS = Set.of(
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
            "http://www.w3.org/2006/12/xml-c14n11",
            "http://www.w3.org/2001/10/xml-exc-c14n#");

    private static final Set<String> SIGNATURES = Set.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384");
    private static final String LEGACY_SIGNATURE = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";

    private static final Set<String> DIGESTS = Set.of(
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512");
    private static final String LEGACY_DIGEST = "http://www.w3.org/2000/09/xmldsig#sha1";

    private AlgorithmPolicy() {
    }

    /**
     * Refuses a SignatureMethod outside the allowed set. Legacy rsa-sha1 where the connector does not allow it is left
     * unverified rather than called invalid: nothing says the signature is wrong, only that it is not checked.
     */
    static void checkSignatureMethod(String uri, boolean allowLegacySha1) {
        if (LEGACY_SIGNATURE.equals(uri) && !allowLegacySha1) {
            throw legacySha1("algorithm rsa-sha1");
        }
        if (!SIGNATURES.contains(uri) && !LEGACY_SIGNATURE.equals(uri)) {
            throw SignatureRejection.invalid("algorithm " + shortName(uri) + " not allowed for this connector");
        }
    }

    /** Refuses a DigestMethod outside the allowed set; legacy SHA-1 as {@link #checkSignatureMethod} does. */
    static void checkDigestMethod(String uri, boolean allowLegacySha1) {
        if (LEGACY_DIGEST.equals(uri) && !allowLegacySha1) {
            throw legacySha1("digest algorithm sha1");
        }
        if (!DIGESTS.contains(uri) && !LEGACY_DIGEST.equals(uri)) {
            throw SignatureRejection.invalid("digest algorithm " + shortName(uri) + " not allowed for this connector");
        }
    }

    private static SignatureRejection legacySha1(String what) {
        return new SignatureRejection(SignatureReport.Outcome.UNVERIFIABLE, what + " is legacy SHA-1, not verified: "
                + "this connector does not allow it (signature.allow-legacy-sha1)");
    }

    /** Refuses a canonicalization method outside the allowed set. */
    static void checkCanonicalization(String uri, String where) {
        if (!CANONICALIZATIONS.contains(uri)) {
            throw SignatureRejection.invalid(where + " " + shortName(uri) + " not allowed; only c14n, c14n11 "
                    + "and exclusive c14n without comments");
        }
    }

    /** The fragment of an algorithm URI ({@code rsa-sha256}), or the URI itself when it has none. */
    static String shortName(String uri) {
        if (uri == null || uri.isEmpty()) {
            return "(none)";
        }
        int hash = uri.lastIndexOf('#');
        return hash >= 0 && hash < uri.length() - 1 ? uri.substring(hash + 1) : uri;
    }
}
