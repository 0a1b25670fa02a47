package vn.lienthong.gateway.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

import vn.lienthong.gateway.api.PackageTooLargeException;

/**
 * Holds SOAP requests to {@code lienthong.intake.max-package-size} as REST is held: an envelope larger than the
 * largest package could be once base64-encoded is refused (413) before it is parsed, whether it announces its
 * length or arrives chunked; CXF itself reads a body of any size.
 */
class SoapSizeLimitInterceptor extends AbstractPhaseInterceptor<Message> {

    /** Room for the envelope, the operation's element and line breaks around the base64 package. */
    private static final long ENVELOPE_OVERHEAD = 64 * 1024;

    private final long packageLimit;
    private final long envelopeLimit;

    SoapSizeLimitInterceptor(long packageLimit) {
        super(Phase.RECEIVE);
        this.packageLimit = packageLimit;
        this.envelopeLimit = (packageLimit + 2) / 3 * 4 + ENVELOPE_OVERHEAD;
    }

    @Override
    public void handleMessage(Message message) {
        if (message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest request
                && request.getContentLengthLong() > envelopeLimit) {
            throw new Fault(new PackageTooLargeException(packageLimit));
        }
        InputStream body = message.getContent(InputStream.class);
        if (body != null) {
            message.setContent(InputStream.class, new CappedInputStream(body));
        }
    }

    /** Fails the read that would pass the envelope limit, for bodies sent without a length. */
    private final class CappedInputStream extends FilterInputStream {

        private long read;

        CappedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > envelopeLimit) {
                throw new IOException(new PackageTooLargeException(packageLimit));
            }
        }
    }
}
