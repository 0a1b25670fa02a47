package vn.lienthong.gateway.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Looks inside delivered packages: their text, and their bytes without what the gateway added. */
public final class SignedPackages {

    private static final Pattern SIGNATURE = Pattern.compile(
            "<(\\w+:)?Signature\\s[^>]*xmlns(:\\w+)?=\"http://www.w3.org/2000/09/xmldsig#\".*?</(\\w+:)?Signature>",
            Pattern.DOTALL);

    private static final Pattern GATEWAY_TRACE = Pattern.compile(
            "<(\\w+:)?TraceHeader><(\\w+:)?OrganId>[^<]*</(\\w+:)?OrganId><(\\w+:)?Timestamp>[^<]*"
                    + "</(\\w+:)?Timestamp></(\\w+:)?TraceHeader>");

    private SignedPackages() {
    }

    public static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The package as its sender wrote it, before the gateway added this hop's TraceHeader (written on one line,
     * unlike the samples' indented ones) and its XML-DSig Signature.
     */
    public static byte[] withoutGatewayAdditions(byte[] sent) {
        String withoutSignature = SIGNATURE.matcher(text(sent)).replaceFirst("");
        return GATEWAY_TRACE.matcher(withoutSignature).replaceFirst("").getBytes(StandardCharsets.UTF_8);
    }
}
