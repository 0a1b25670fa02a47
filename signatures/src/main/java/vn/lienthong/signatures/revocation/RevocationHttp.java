package vn.lienthong.signatures.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches CRLs and OCSP answers over HTTP with a timeout and a size cap, failing with a message naming the URL. */
final class RevocationHttp {

    /** Large national CRLs run to a few megabytes; anything far beyond is not a CRL worth waiting for. */
    private static final int MAX_BYTES = 32 * 1024 * 1024;

    private final HttpClient http;
    private final Duration timeout;

    RevocationHttp(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    /** The body of a GET of {@code uri}. */
    byte[] get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
    }

    /** The body of a POST of {@code body} as {@code contentType} to {@code uri}. */
    byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private byte[] send(HttpRequest request) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(request.uri() + " interrupted", e);
        } catch (IOException e) {
            throw new IOException(request.uri() + " unreachable: " + describe(e), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException(request.uri() + " answered HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(request.uri() + " answered more than " + MAX_BYTES + " bytes");
            }
            return bytes;
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
