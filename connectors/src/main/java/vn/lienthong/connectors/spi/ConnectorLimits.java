package vn.lienthong.connectors.spi;

import java.util.OptionalLong;

/**
 * What one partner may send: the largest package and how many requests per period. A {@code null} part is not
 * limited by the connector (the gateway-wide size limit still applies; the rate is unlimited).
 *
 * @param maxPackageSize the largest package body in bytes, or {@code null} for the gateway-wide limit
 * @param rate the partner's request rate on intake, or {@code null} for no limit
 */
public record ConnectorLimits(Long maxPackageSize, RateLimit rate) {

    /** No limit of the connector's own. */
    public static final ConnectorLimits NONE = new ConnectorLimits(null, null);

    /** Rejects a size that no package could meet. */
    public ConnectorLimits {
        if (maxPackageSize != null && maxPackageSize < 1) {
            throw new IllegalArgumentException("maxPackageSize must be at least 1 byte, was " + maxPackageSize);
        }
    }

    /** The connector's own size limit, when it has one. */
    public OptionalLong packageSizeLimit() {
        return maxPackageSize == null ? OptionalLong.empty() : OptionalLong.of(maxPackageSize);
    }
}
