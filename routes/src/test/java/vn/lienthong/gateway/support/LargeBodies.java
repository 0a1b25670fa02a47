package vn.lienthong.gateway.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Bodies of tens of megabytes made on the fly while they are sent: the department's sample with one huge attachment,
 * as a package (REST) or base64-encoded in a SOAP envelope, never held in memory whole.
 */
public final class LargeBodies {

    private static final int UNIT = 3 * 1024;
    private static final String OPEN = "<edXML:ContentTransferEncoded>";
    private static final String CLOSE = "</edXML:ContentTransferEncoded>";

    private LargeBodies() {
    }

    /** A stream body and its exact length. */
    public record Body(long length, InputStream stream) {
    }

    /** The sample numbered {@code number} whose attachment is about {@code size} bytes of base64 "A"s. */
    public static Body edxmlPackage(int number, long size) {
        Parts parts = parts(number, size);
        return new Body(parts.length(), new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(parts.head()), repeated(parts.unit(), parts.repeats()),
                new ByteArrayInputStream(parts.tail())))));
    }

    /** The same package base64-encoded as {@code SendDocument}'s package, in a SOAP envelope. */
    public static Body soapSendDocument(int number, long packageSize) {
        Parts parts = parts(number, packageSize);
        String[] envelope = SoapEnvelopes.sendText("SendDocument", "@PACKAGE@").split("@PACKAGE@");
        Base64.Encoder base64 = Base64.getEncoder();
        byte[] head = concat(envelope[0].getBytes(StandardCharsets.UTF_8), base64.encode(parts.head()));
        byte[] unit = base64.encode(parts.unit());
        byte[] tail = concat(base64.encode(parts.tail()), envelope[1].getBytes(StandardCharsets.UTF_8));
        long length = head.length + (long) unit.length * parts.repeats() + tail.length;
        return new Body(length, new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(head), repeated(unit, parts.repeats()), new ByteArrayInputStream(tail)))));
    }

    /** Head and unit are whole multiples of three bytes, so each part base64-encodes on its own. */
    private record Parts(byte[] head, byte[] unit, long repeats, byte[] tail) {
        long length() {
            return head.length + unit.length * repeats + tail.length;
        }
    }

    private static Parts parts(int number, long size) {
        String xml = SignedPackages.text(SamplePackages.validDocumentNumbered(number));
        int open = xml.indexOf(OPEN) + OPEN.length();
        String headText = xml.substring(0, open);
        byte[] head = headText.getBytes(StandardCharsets.UTF_8);
        head = concat(head, "\n\n\n".substring(0, (3 - head.length % 3) % 3).getBytes(StandardCharsets.US_ASCII));
        byte[] unit = new byte[UNIT];
        Arrays.fill(unit, (byte) 'A');
        byte[] tail = xml.substring(xml.indexOf(CLOSE)).getBytes(StandardCharsets.UTF_8);
        return new Parts(head, unit, size / UNIT, tail);
    }

    private static InputStream repeated(byte[] unit, long times) {
        return new InputStream() {
            private long position;
            private final long end = unit.length * times;

            @Override
            public int read() {
                return position < end ? unit[(int) (position++ % unit.length)] : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= end) {
                    return -1;
                }
                int n = (int) Math.min(length, Math.min(end - position, unit.length - position % unit.length));
                System.arraycopy(unit, (int) (position % unit.length), buffer, offset, n);
                position += n;
                return n;
            }
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
