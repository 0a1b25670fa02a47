package vn.lienthong.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Looks inside delivered packages: their text, and their bytes with the gateway's signature taken out. */
public final class SignedPackages {

    private static final Pattern SIGNATURE = Pattern.compile(
            "<(\\w+:)?Signature\\s[^>]*xmlns(:\\w+)?=\"http://www.w3.org/2000/09/xmldsig#\".*?</(\\w+:)?Signature>",
            Pattern.DOTALL);

    private SignedPackages() {
    }

    public static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The package as it was before an XML-DSig Signature element was inserted into it. */
    public static byte[] withoutSignature(byte[] signed) {
        return SIGNATURE.matcher(text(signed)).replaceFirst("").getBytes(StandardCharsets.UTF_8);
    }
}
