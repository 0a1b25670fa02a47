package vn.lienthong.connectors.vdxp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The package a sendEdoc body carries: the body itself, or the body without the one CRLF the SDK's
     * MultipartUtility writes after the file, whichever has the SHA-256 that {@code hashFile} announces.
     */
    public static Optional<byte[]> packageIn(byte[] body, String hashFile) {
        if (matches(hashFile, HexFormat.of().formatHex(sha256(body)))) {
            return Optional.of(body);
        }
        if (endsWithCrlf(body)) {
            byte[] file = Arrays.copyOf(body, body.length - 2);
            if (matches(hashFile, HexFormat.of().formatHex(sha256(file)))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Whether the last two bytes are the CRLF the SDK appends. */
    public static boolean endsWithCrlf(byte[] body) {
        return body.length >= 2 && body[body.length - 2] == '\r' && body[body.length - 1] == '\n';
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
