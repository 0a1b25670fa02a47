package vn.lienthong.connectors.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A connector file's {@code transport:} value, such as {@code rest}; which values exist is up to the installed
 * {@link TransportProvider}s, not to this type.
 *
 * @param key the lower-case name used in connector files, route ids and the admin API
 */
public record TransportType(String key) {

    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9-]{0,31}$");

    public TransportType {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a transport key is lower-case letters, digits and '-', was " + key);
        }
    }

    public static TransportType of(String key) {
        return new TransportType(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
