package vn.lienthong.gateway.statistics;

/**
 * A row's side of the exchange, from its unit's point of view: documents it SENT (it is the sender, or the
 * connector they came in through) or RECEIVED (it is a recipient, or the connector they went out through).
 */
public enum Direction {
    SENT,
    RECEIVED
}
