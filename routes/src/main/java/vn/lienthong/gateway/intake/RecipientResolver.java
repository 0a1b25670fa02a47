package vn.lienthong.gateway.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.store.NewMessage;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/**
 * Finds the connector that reaches each recipient; recipients behind the same connector share one delivery,
 * so a partner hosting several agencies receives the package once.
 */
@Component
public class RecipientResolver {

    private final ConnectorRegistry connectors;

    public RecipientResolver(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    public List<NewMessage.Route> resolve(List<String> recipients) {
        Map<String, List<String>> byConnector = new LinkedHashMap<>();
        List<Violation> unreachable = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            String agency = recipients.get(i);
            var connector = connectors.forAgency(agency);
            if (connector.isEmpty()) {
                unreachable.add(new Violation("MessageHeader/To[" + (i + 1) + "]/OrganId",
                        "recipient-reachable: no connector reaches this agency", agency));
            } else {
                byConnector.computeIfAbsent(connector.map(ConnectorDefinition::id).get(), k -> new ArrayList<>())
                        .add(agency);
            }
        }
        if (!unreachable.isEmpty()) {
            throw new PackageRejectedException(unreachable);
        }
        return byConnector.entrySet().stream().map(e -> new NewMessage.Route(e.getKey(), e.getValue())).toList();
    }
}
