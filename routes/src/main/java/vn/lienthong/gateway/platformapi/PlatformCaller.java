package vn.lienthong.gateway.platformapi;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.vdxp.VdxpSignature;

/** An authenticated call of the platform-compatible API: the connector its system id is bound to, and what it signed. */
public record PlatformCaller(ConnectorDefinition connector, VdxpSignature.Verified request) {
}
