package vn.lienthong.gateway.admin;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.gateway.api.OpenApiProblems;

/**
 * Describes the admin API in the OpenAPI document at {@code /v3/api-docs/admin} (group "admin" in Swagger UI):
 * HTTP Basic or the console's session, and every refusal as problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The name of the security scheme in the document. */
    static final String BASIC = "basic";

    @Bean
    GroupedOpenApi adminApiGroup() {
        return GroupedOpenApi.builder().group("admin").displayName("Admin API (HTTP Basic)")
                .pathsToMatch("/api/admin/**").addOpenApiCustomizer(OpenApiConfiguration::describe).build();
    }

    static void describe(OpenAPI api) {
        api.info(new Info().title("Lienthong admin API").version("v1").description("Search, inspect, replay and "
                + "abandon documents; connectors; alerts; the audit log; users. Errors are RFC 9457 problem+json. "
                + "Roles: operator, integrator, auditor; users are managed by the built-in admin only."));
        api.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic"));
        api.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
        OpenApiProblems.addSchema(api);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List.of(401, 403).forEach(status -> OpenApiProblems.respond(operation, status));
            if (path.contains("{")) {
                OpenApiProblems.respond(operation, 404);
            }
            if (method != PathItem.HttpMethod.GET || operation.getParameters() != null) {
                OpenApiProblems.respond(operation, 400);
            }
            if (path.endsWith("/replay") || path.endsWith("/abandon")) {
                OpenApiProblems.respond(operation, 409);
            }
        }));
    }
}
