package vn.lienthong.connectors.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * Finds connectors that would make routing or authentication ambiguous (a shared id, agency, API key, TLS client
 * certificate or platform system id),
 * reporting each on the later connector and naming the earlier one's file.
 */
final class ConnectorConflicts {

    private final List<ConnectorError> errors = new ArrayList<>();
    private final Map<String, ConnectorDefinition> byId = new HashMap<>();
    private final Map<String, ConnectorDefinition> byAgency = new HashMap<>();
    private final Map<String, ConnectorDefinition> byKeyHash = new HashMap<>();
    private final Map<String, ConnectorDefinition> byCertificateHash = new HashMap<>();
    private final Map<String, ConnectorDefinition> byVdxpSystem = new HashMap<>();

    private ConnectorConflicts() {
    }

    /** Returns the conflicts among {@code connectors}, checked in list order. */
    static List<ConnectorError> find(List<ConnectorDefinition> connectors) {
        ConnectorConflicts conflicts = new ConnectorConflicts();
        connectors.forEach(conflicts::check);
        return List.copyOf(conflicts.errors);
    }

    private void check(ConnectorDefinition connector) {
        ConnectorDefinition sameId = byId.putIfAbsent(connector.id(), connector);
        if (sameId != null) {
            report(connector, "id", "duplicate id \"" + connector.id() + "\", already used in " + fileOf(sameId)
                    + "; every connector needs its own id");
        }
        for (int i = 0; i < connector.agencies().size(); i++) {
            String agency = connector.agencies().get(i);
            ConnectorDefinition owner = byAgency.putIfAbsent(agency, connector);
            if (owner != null) {
                report(connector, "agencies[" + i + "]", "agency " + agency + " is already reached through \""
                        + owner.id() + "\" in " + fileOf(owner) + "; an agency must map to exactly one connector");
            }
        }
        if (connector.apiKeySha256() != null) {
            ConnectorDefinition sameKey = byKeyHash.putIfAbsent(connector.apiKeySha256(), connector);
            if (sameKey != null) {
                report(connector, "inbound.api-key-sha256", "same API key as \"" + sameKey.id() + "\" in "
                        + fileOf(sameKey) + "; each partner needs its own key so that a request names one connector");
            }
        }
        if (connector.clientCertificateSha256() != null) {
            ConnectorDefinition sameCertificate =
                    byCertificateHash.putIfAbsent(connector.clientCertificateSha256(), connector);
            if (sameCertificate != null) {
                report(connector, "inbound.client-certificate-sha256", "same TLS client certificate as \""
                        + sameCertificate.id() + "\" in " + fileOf(sameCertificate)
                        + "; each partner needs its own certificate so that a request names one connector");
            }
        }
        checkVdxpSystem(connector);
    }

    private void checkVdxpSystem(ConnectorDefinition connector) {
        if (connector.vdxpInbound() == null) {
            return;
        }
        ConnectorDefinition sameSystem = byVdxpSystem.putIfAbsent(connector.vdxpInbound().systemId(), connector);
        if (sameSystem != null) {
            report(connector, "inbound.vdxp.system-id", "system \"" + connector.vdxpInbound().systemId()
                    + "\" is already bound to \"" + sameSystem.id() + "\" in " + fileOf(sameSystem)
                    + "; a platform system id must name one connector");
        }
    }

    private void report(ConnectorDefinition connector, String field, String message) {
        errors.add(new ConnectorError(fileOf(connector), field, message));
    }

    private static String fileOf(ConnectorDefinition connector) {
        return connector.sourceFile() == null
                ? "connector " + connector.id() : connector.sourceFile().getFileName().toString();
    }
}
