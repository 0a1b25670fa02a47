package vn.lienthong.gateway.connector;

import java.util.List;

import vn.lienthong.connectors.config.ConnectorError;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/** A rule of the running gateway, beyond the file format, that a reloaded set of connectors must keep. */
public interface ConnectorVeto {

    /** The errors that refuse {@code connectors}, one per file and field; empty when they may be applied. */
    List<ConnectorError> check(List<ConnectorDefinition> connectors);
}
