package vn.lienthong.connectors.spi;

/**
 * A connector's {@code inbound.vdxp}: the partner reaches the gateway through its platform-compatible API as the
 * national platform's system {@code systemId}, authenticated by the HMAC secret held in environment variable
 * {@code secretEnv} (never in the file), like an API key bound to this one connector.
 *
 * @param systemId the {@code XroadVnpt-systemid} the partner's SDK sends
 * @param secretEnv the environment variable that holds that system's secret
 */
public record PlatformSystemBinding(String systemId, String secretEnv) {
}
