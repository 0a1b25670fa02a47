package vn.lienthong.connectors.spi;

import java.io.IOException;
import java.util.List;

/**
 * The receiving half of a platform that partners do not push to but the gateway polls: list what waits for
 * us, fetch one package, and acknowledge it so the platform stops offering it. A {@link TransportProvider} offers it.
 */
public interface PolledInbox {

    /** Ids of the packages that wait for the gateway, oldest first as the platform lists them. */
    List<String> pendingIds(ConnectorDefinition connector) throws IOException;

    /** The package bytes exactly as the platform holds them. */
    byte[] fetch(ConnectorDefinition connector, String id) throws IOException;

    /** Tells the platform the transport outcome: taken ({@code reason} null) or refused with a reason. */
    void acknowledge(ConnectorDefinition connector, String id, boolean accepted, String reason) throws IOException;
}
