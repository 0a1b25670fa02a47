package vn.lienthong.gateway.api;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The RFC 9457 problem document every refusal of the partner and admin APIs answers with, as an OpenAPI schema
 * ({@code Problem}, with the {@code violations} that name the element, the rule and the value), and the error
 * responses that carry it.
 */
public final class OpenApiProblems {

    /** The media type of every error answer. */
    public static final String PROBLEM_JSON = "application/problem+json";
    static final String SCHEMA = "Problem";

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(400, "Invalid request or package: every violation names the element, the rule and the value"),
            Map.entry(401, "Not authenticated"),
            Map.entry(403, "Authenticated, but not allowed to do this (or to send as this agency)"),
            Map.entry(404, "No such item, or not one this caller may see"),
            Map.entry(409, "Nothing to change in the state the item is in"),
            Map.entry(413, "The body is larger than the partner's or the gateway's size limit"),
            Map.entry(415, "Wrong media type: send application/xml"),
            Map.entry(429, "Over the partner's request rate; Retry-After says when to try again"),
            Map.entry(503, "The durable store is unavailable: nothing was accepted, post again later"),
            Map.entry(507, "The gateway's data disk is below its reserve: nothing was accepted"));

    private OpenApiProblems() {
    }

    /** Adds the {@code Problem} schema to the document's components. */
    public static void addSchema(OpenAPI api) {
        Schema<?> violation = new ObjectSchema()
                .addProperty("element", new StringSchema().description("The element, field or parameter at fault"))
                .addProperty("rule", new StringSchema().description("The rule it breaks"))
                .addProperty("value", new StringSchema().description("The value found"));
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example("urn:lienthong:problem:invalid-package"))
                .addProperty("title", new StringSchema().example("Invalid edXML package"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("violations", new ArraySchema().items(violation));
        api.getComponents().addSchemas(SCHEMA, problem);
    }

    /** Documents an error answer of {@code operation} with the given HTTP status as a problem document. */
    public static void respond(Operation operation, int status) {
        operation.getResponses().addApiResponse(String.valueOf(status), new ApiResponse()
                .description(MEANINGS.getOrDefault(status, "Refused"))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
    }
}
