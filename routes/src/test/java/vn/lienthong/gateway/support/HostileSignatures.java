package vn.lienthong.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed packages that must not pass: certificates the trust rules refuse, and the signature-wrapping tricks that
 * keep a valid signature while changing what it seems to cover.
 */
public final class HostileSignatures {

    private static final Pattern SIGNATURE = Pattern.compile("<(\\w+:)?Signature\\s[^>]*xmlns(:\\w+)?="
            + "\"http://www.w3.org/2000/09/xmldsig#\".*?</(\\w+:)?Signature>", Pattern.DOTALL);
    private static final Pattern MESSAGE_HEADER = Pattern.compile(
            "<edXML:MessageHeader>.*</edXML:MessageHeader>", Pattern.DOTALL);
    private static final Pattern ATTACHMENT = Pattern.compile("<edXML:Attachment>.*</edXML:Attachment>",
            Pattern.DOTALL);

    private HostileSignatures() {
    }

    /** The department's document {@code number}, signed with the sample PKI key in {@code p12}. */
    public static String signedBy(String p12, int number) {
        try {
            return SignedPackages.text(SamplePki.signerFor("000.00.13.H53", p12)
                    .sign(SamplePackages.validDocumentNumbered(number)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign with " + p12, e);
        }
    }

    /** A good signature whose Reference now points at one attachment's Id instead of the whole package. */
    public static byte[] referenceToAnotherId(String signed) {
        return require(signed.replaceFirst("URI=\"\"", "URI=\"#qd-123-sgddt\""), signed);
    }

    /** A second copy of the signature, as if a second signer had countersigned. */
    public static byte[] secondSignature(String signed) {
        Matcher signature = SIGNATURE.matcher(signed);
        if (!signature.find()) {
            throw new IllegalArgumentException("package is not signed");
        }
        return (signed.substring(0, signature.end()) + signature.group() + signed.substring(signature.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The signed MessageHeader moved into an Object inside the signature, and a forged one (another subject) put in
     * its place: a verifier that resolves references loosely would find the signed copy and be satisfied.
     */
    public static byte[] signedContentMoved(String signed) {
        Matcher header = MESSAGE_HEADER.matcher(signed);
        if (!header.find()) {
            throw new IllegalArgumentException("no MessageHeader");
        }
        String original = header.group();
        String forged = original.replace("Về việc tổ chức kỳ thi", "Về việc hủy kỳ thi");
        String withForgery = signed.substring(0, header.start()) + forged + signed.substring(header.end());
        Matcher signature = SIGNATURE.matcher(withForgery);
        if (!signature.find()) {
            throw new IllegalArgumentException("package is not signed");
        }
        String prefix = signature.group(3) == null ? "" : signature.group(3);
        String closing = "</" + prefix + "Signature>";
        String wrapped = signature.group().replace(closing, "<" + prefix + "Object>" + original + "</" + prefix
                + "Object>" + closing);
        return (withForgery.substring(0, signature.start()) + wrapped + withForgery.substring(signature.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The signed attachment duplicated, so the package carries content the signer never signed. */
    public static byte[] signedContentDuplicated(String signed) {
        Matcher attachment = ATTACHMENT.matcher(signed);
        if (!attachment.find()) {
            throw new IllegalArgumentException("no attachment");
        }
        return (signed.substring(0, attachment.end()) + attachment.group() + signed.substring(attachment.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] require(String changed, String original) {
        if (changed.equals(original)) {
            throw new IllegalArgumentException("nothing to change");
        }
        return changed.getBytes(StandardCharsets.UTF_8);
    }
}
