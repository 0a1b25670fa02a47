package vn.lienthong.simulators;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one named part of a {@code multipart/form-data} body, as the national platform does with {@code file_doc};
 * only what the simulator needs, byte-exact for binary content.
 */
public final class MultipartBody {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    private MultipartBody() {
    }

    /** The content of the part whose {@code Content-Disposition} names {@code name}; empty when there is none. */
    public static Optional<byte[]> part(String contentType, byte[] body, String name) {
        Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (boundary == null || !boundary.find()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.US_ASCII);
        byte[] headerEnd = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length + 2;
            int contentStart = indexOf(body, headerEnd, headersStart);
            if (contentStart < 0) {
                return Optional.empty();
            }
            String partHeaders = new String(body, headersStart, contentStart - headersStart, StandardCharsets.UTF_8);
            int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.US_ASCII))
                    .getBytes(StandardCharsets.US_ASCII), contentStart + headerEnd.length);
            if (next < 0) {
                return Optional.empty();
            }
            if (partHeaders.contains("name=\"" + name + "\"")) {
                return Optional.of(Arrays.copyOfRange(body, contentStart + headerEnd.length, next));
            }
            start = next + 2;
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
