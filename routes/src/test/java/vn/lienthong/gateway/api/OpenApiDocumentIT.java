package vn.lienthong.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.lienthong.gateway.support.GatewayIT;

/**
 * The OpenAPI documents match the controllers: every endpoint mapped under {@code /api/} is in the partner or the
 * admin group, nothing is documented that is not mapped, each group carries its security scheme, and every operation
 * documents its refusals as problem+json.
 */
class OpenApiDocumentIT extends GatewayIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedEndpointIsDocumentedAndNothingElse() throws Exception {
        Set<String> documented = new TreeSet<>(operations(document("partner")));
        documented.addAll(operations(document("admin")));

        assertThat(documented).isEqualTo(mappedUnderApi());
        assertThat(operations(document("partner"))).allMatch(op -> op.contains(" /api/v1/"))
                .contains("POST /api/v1/documents", "GET /api/v1/documents/{id}", "POST /api/v1/statuses",
                        "GET /api/v1/inbox", "GET /api/v1/inbox/{id}", "POST /api/v1/inbox/{id}/ack");
        assertThat(operations(document("admin"))).allMatch(op -> op.contains(" /api/admin/"));
    }

    @Test
    void thePartnerGroupUsesTheApiKeyAndDescribesTheEdxmlBodyAndTheReceipt() throws Exception {
        JsonNode partner = document("partner");

        JsonNode scheme = partner.path("components").path("securitySchemes").path("apiKey");
        assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.path("in").asText()).isEqualTo("header");
        assertThat(scheme.path("name").asText()).isEqualTo("X-API-Key");
        assertThat(partner.path("security").get(0).has("apiKey")).isTrue();
        JsonNode post = partner.path("paths").path("/api/v1/documents").path("post");
        assertThat(post.path("requestBody").path("content").has("application/xml")).isTrue();
        assertThat(post.path("responses").path("202").path("headers").has("Location")).isTrue();
        assertThat(post.path("responses").fieldNames()).toIterable()
                .contains("202", "400", "401", "403", "413", "415", "429", "503", "507");
    }

    @Test
    void theAdminGroupUsesBasicAuthentication() throws Exception {
        JsonNode admin = document("admin");

        assertThat(admin.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(admin.path("security").get(0).has("basic")).isTrue();
    }

    @Test
    void everyOperationAnswersItsRefusalsAsProblemJson() throws Exception {
        for (String group : List.of("partner", "admin")) {
            JsonNode document = document(group);
            assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("violations"))
                    .as(group).isTrue();
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
                JsonNode unauthorized = op.getValue().path("responses").path("401").path("content");
                assertThat(unauthorized.path("application/problem+json").path("schema").path("$ref").asText())
                        .as(op.getKey() + " " + path.getKey()).isEqualTo("#/components/schemas/Problem");
            }));
        }
    }

    @Test
    void swaggerUiOffersBothGroups() throws Exception {
        JsonNode config = JSON.readTree(http.getForObject("/v3/api-docs/swagger-config", String.class));

        List<String> urls = config.path("urls").findValuesAsText("url");
        assertThat(urls).contains("/v3/api-docs/partner", "/v3/api-docs/admin");
    }

    private JsonNode document(String group) throws Exception {
        return JSON.readTree(http.getForObject("/v3/api-docs/" + group, String.class));
    }

    private static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    private Set<String> mappedUnderApi() {
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        }
        return mapped;
    }
}
