package vn.lienthong.connectors.vdxp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * sendEdoc's {@code hash-file}: the SHA-256 of the package, rendered as the SDK renders it
 * ({@code Integer.toHexString(0xFF & b)} per byte, so byte 0x0a gives {@code "a"} and the text can be shorter than
 * 64 characters). A receiver accepts that rendering or the usual padded one, in either case.
 */
public final class VdxpHashFile {

    private VdxpHashFile() {
    }

    /** The SDK's rendering of the SHA-256 of {@code bytes}. */
    public static String of(byte[] bytes) {
        return render(sha256(bytes));
    }

    /** The SDK's rendering of a digest: each byte in hex without its leading zero. */
    public static String render(byte[] digest) {
        StringBuilder text = new StringBuilder(64);
        for (byte b : digest) {
            text.append(Integer.toHexString(0xFF & b));
        }
        return text.toString();
    }

    /** Whether {@code presented} is the SDK's or the padded rendering of the digest whose padded hex is given. */
    public static boolean matches(String presented, String sha256Hex) {
        if (presented == null) {
            return false;
        }
        byte[] given = ascii(presented.strip().toLowerCase(Locale.ROOT));
        String padded = sha256Hex.toLowerCase(Locale.ROOT);
        return MessageDigest.isEqual(given, ascii(padded))
                || MessageDigest.isEqual(given, ascii(render(HexFormat.of().parseHex(padded))));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
