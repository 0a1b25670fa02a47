package vn.lienthong.gateway.intake;

import java.time.Instant;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.store.PackageContent;

/**
 * The canonical input every intake adapter produces, and nothing more: the raw bytes as received (in memory or
 * spooled), the channel, the authenticated partner and the time received. Closing it deletes a spool file.
 */
public record InboundPackage(PackageContent content, Channel channel, ConnectorDefinition partner, Instant receivedAt)
        implements AutoCloseable {

    /** An input whose bytes are already in memory (SOAP, folder and platform adapters). */
    public InboundPackage(byte[] bytes, Channel channel, ConnectorDefinition partner, Instant receivedAt) {
        this(PackageContent.of(bytes), channel, partner, receivedAt);
    }

    @Override
    public void close() {
        content.close();
    }
}
