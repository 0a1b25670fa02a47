package vn.lienthong.connectors.dispatch;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import vn.lienthong.connectors.spi.Timeouts;

/**
 * Bounds a whole HTTP exchange, body included, by the connector's timeouts: the JDK client's request timeout stops
 * at the response headers, so a partner that sends headers and then stalls its body would hold a dispatch thread
 * for ever.
 */
public final class HttpCallDeadline {

    private HttpCallDeadline() {
    }

    /** The longest one exchange may take: connecting, then waiting for the whole answer. */
    public static Duration of(Timeouts timeouts) {
        return timeouts.connect().plus(timeouts.read());
    }

    /**
     * Sends {@code request} and reads the answer within {@link #of(Timeouts)}; past it, the exchange is cancelled
     * and an {@link HttpTimeoutException} thrown, as for a partner that never answered.
     */
    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request,
                                           HttpResponse.BodyHandler<T> body, Timeouts timeouts)
            throws IOException, InterruptedException {
        Duration deadline = of(timeouts);
        CompletableFuture<HttpResponse<T>> exchange = client.sendAsync(request, body);
        try {
            return exchange.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + deadline);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
