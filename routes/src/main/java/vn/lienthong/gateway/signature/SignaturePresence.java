package vn.lienthong.gateway.signature;

import java.nio.charset.StandardCharsets;

/** A cheap look for a Signature element in the raw bytes, so that unsigned packages need no second parse. */
final class SignaturePresence {

    private static final byte[] NAME = "Signature".getBytes(StandardCharsets.US_ASCII);

    private SignaturePresence() {
    }

    /** Errs towards "signed": signing a package that already carries a signature would fail anyway. */
    static boolean hasSignature(byte[] packageBytes) {
        return !certainlyUnsigned(packageBytes);
    }

    /**
     * True only when no element can be called Signature: the text is in an ASCII-compatible encoding (UTF-8, with or
     * without its byte order mark), where every element name appears as its own bytes, and those bytes are absent.
     * A package in UTF-16 or anything else is never judged here.
     */
    static boolean certainlyUnsigned(byte[] packageBytes) {
        return asciiCompatible(packageBytes) && indexOf(packageBytes, NAME) < 0;
    }

    private static boolean asciiCompatible(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return true;
        }
        // UTF-16 without a byte order mark still starts with '<' or a space, but its second byte is zero.
        return bytes.length > 1 && bytes[1] != 0 && (bytes[0] == '<' || bytes[0] == ' ' || bytes[0] == '\t'
                || bytes[0] == '\r' || bytes[0] == '\n');
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
