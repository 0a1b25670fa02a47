package vn.lienthong.connectors.lgsp;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One client's OAuth2 access token, kept until shortly before it expires so that every call does not cost a
 * token request, and dropped when the platform answers 401 to it.
 */
public class LgspTokenCache {

    /** Renew this long before the announced expiry, so a token never expires between check and use. */
    static final Duration EARLY_RENEWAL = Duration.ofSeconds(30);

    /** An access token and the instant the token endpoint said it stops being valid. */
    public record AccessToken(String value, Instant expiresAt) {
    }

    /** Asks the token endpoint for a new token (client-credentials grant). */
    public interface TokenSource {
        AccessToken fetch() throws IOException, InterruptedException;
    }

    private final Clock clock;
    private final TokenSource source;
    private AccessToken current;

    public LgspTokenCache(Clock clock, TokenSource source) {
        this.clock = clock;
        this.source = source;
    }

    /** The cached token while it is fresh, else a new one; synchronised so concurrent sends fetch only one. */
    public synchronized String token() throws IOException, InterruptedException {
        if (current == null || !clock.instant().isBefore(current.expiresAt().minus(EARLY_RENEWAL))) {
            current = source.fetch();
        }
        return current.value();
    }

    /** Forgets {@code rejected} after a 401, unless another thread already replaced it with a newer token. */
    public synchronized void invalidate(String rejected) {
        if (current != null && current.value().equals(rejected)) {
            current = null;
        }
    }
}
