package vn.lienthong.gateway.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner API's OpenAPI document ({@code /v3/api-docs/partner}, group "partner" in Swagger UI): the
 * {@code X-API-Key} scheme, the edXML request bodies the controllers read from the raw request, the 202 receipt
 * with its headers, and every refusal as problem+json. The controllers stay free of documentation annotations.
 */
@Configuration(proxyBeanMethods = false)
public class PartnerApiDocumentation {

    /** The name of the security scheme in the document. */
    static final String API_KEY = "apiKey";
    private static final List<String> XML = List.of("application/xml", "text/xml");
    private static final Map<String, String> SUMMARIES = Map.of(
            "POST /api/v1/documents", "Send an edXML document to its recipients",
            "GET /api/v1/documents/{id}", "A document sent by this partner: state, each recipient's deliveries and "
                    + "attempts, status history",
            "POST /api/v1/statuses", "Send an edXML status package (01...16) about a document received",
            "GET /api/v1/inbox", "Packages waiting for this partner (an inbox connector), oldest first",
            "GET /api/v1/inbox/{id}", "One waiting package, byte for byte",
            "POST /api/v1/inbox/{id}/ack", "Acknowledge a package taken from the inbox: it is delivered");

    @Bean
    GroupedOpenApi partnerApiGroup() {
        return GroupedOpenApi.builder().group("partner").displayName("Partner API (X-API-Key)")
                .pathsToMatch("/api/v1/**").addOpenApiCustomizer(PartnerApiDocumentation::describe).build();
    }

    static void describe(OpenAPI api) {
        api.info(new Info().title("Lienthong partner API").version("v1").description("Partner systems post edXML "
                + "documents and status packages, follow their documents to every recipient, and pull their inbox. "
                + "Each request carries the partner's key in X-API-Key (or a TLS client certificate on the mutual-TLS "
                + "port); errors are RFC 9457 problem+json."));
        api.getComponents().addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name(PartnerAuthenticator.API_KEY_HEADER)
                .description("The partner's API key; its SHA-256 is the connector file's inbound.api-key-sha256"));
        api.setSecurity(List.of(new SecurityRequirement().addList(API_KEY)));
        OpenApiProblems.addSchema(api);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            operation.summary(SUMMARIES.getOrDefault(method + " " + path, operation.getSummary()));
            List.of(401, 429, 503).forEach(status -> OpenApiProblems.respond(operation, status));
            if (path.contains("{id}")) {
                OpenApiProblems.respond(operation, 404);
            }
            if (method == PathItem.HttpMethod.POST && !path.endsWith("/ack")) {
                intake(operation, path.endsWith("/statuses") ? "an edXML status package" : "an edXML package");
            }
        }));
    }

    /** The body the controller streams from the request, and what its 202 carries. */
    private static void intake(Operation operation, String what) {
        Content xml = new Content();
        XML.forEach(type -> xml.addMediaType(type, new MediaType().schema(new BinarySchema())));
        operation.requestBody(new RequestBody().required(true).description(what + ", byte for byte").content(xml));
        operation.getResponses().remove("200");
        operation.getResponses().addApiResponse("202", new ApiResponse()
                .description("Accepted: committed to durable storage. Re-posting the same package returns the first id.")
                .addHeaderObject("Location", new Header().description("/api/v1/documents/{id}")
                        .schema(new StringSchema()))
                .addHeaderObject(DocumentIntakeController.DUPLICATE_HEADER, new Header()
                        .description("true when this package was accepted before").schema(new BooleanSchema()))
                .content(new Content().addMediaType("application/json", new MediaType().schema(new ObjectSchema()
                        .addProperty("id", new StringSchema()).addProperty("status", new StringSchema())))));
        List.of(400, 403, 413, 415, 507).forEach(status -> OpenApiProblems.respond(operation, status));
    }
}
