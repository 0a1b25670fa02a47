package vn.lienthong.gateway.operations;

import java.time.Instant;

/**
 * What the attempts table says about one connector.
 *
 * @param consecutiveFailures failed attempts since its last accepted one (interrupted attempts do not count: they
 *     say the gateway stopped, not that the partner failed)
 */
public record ConnectorActivity(Instant lastSuccessAt, Instant lastErrorAt, String lastError,
                                int consecutiveFailures) {

    public static final ConnectorActivity NONE = new ConnectorActivity(null, null, null, 0);
}
