package vn.lienthong.gateway.connector;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * Keeps the routes one template instantiates per connector in line with the connectors in force after a reload:
 * a route whose parameters changed is replaced, one whose connector is gone is stopped (in-flight work finishes
 * first) and removed, and a new connector gets its route.
 */
public final class ConnectorRoutes {

    /** One route of a template: its id and the template's parameters. */
    public record RouteSpec(String routeId, Map<String, String> parameters) {
    }

    private static final Logger log = LoggerFactory.getLogger(ConnectorRoutes.class);

    private ConnectorRoutes() {
    }

    /** Applies {@code change} to the routes of {@code templateId}; {@code spec} says which route a connector gets, if any. */
    public static void follow(CamelContext camel, String templateId, ConnectorsChanged change,
                              Function<ConnectorDefinition, Optional<RouteSpec>> spec) throws Exception {
        Map<String, RouteSpec> before = specs(change.previous(), spec);
        Map<String, RouteSpec> after = specs(change.current(), spec);
        for (RouteSpec old : before.values()) {
            if (!Objects.equals(after.get(old.routeId()), old)) {
                camel.getRouteController().stopRoute(old.routeId());
                camel.removeRoute(old.routeId());
                log.info("Route {} removed", old.routeId());
            }
        }
        for (RouteSpec next : after.values()) {
            if (!Objects.equals(before.get(next.routeId()), next)) {
                TemplatedRouteBuilder builder = TemplatedRouteBuilder.builder(camel, templateId).routeId(next.routeId());
                next.parameters().forEach(builder::parameter);
                builder.add();
                log.info("Route {} added", next.routeId());
            }
        }
    }

    private static Map<String, RouteSpec> specs(List<ConnectorDefinition> connectors,
                                                Function<ConnectorDefinition, Optional<RouteSpec>> spec) {
        return connectors.stream().map(spec).flatMap(Optional::stream)
                .collect(Collectors.toMap(RouteSpec::routeId, Function.identity()));
    }
}
