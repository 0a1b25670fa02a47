package vn.lienthong.gateway.intake;

import java.time.Instant;

import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * The canonical input every intake adapter produces, and nothing more: the raw bytes as received, the
 * channel, the authenticated partner and the time received.
 */
public record InboundPackage(byte[] bytes, Channel channel, ConnectorDefinition partner, Instant receivedAt) {
}
