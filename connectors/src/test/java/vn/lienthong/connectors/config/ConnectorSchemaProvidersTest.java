package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;

import vn.lienthong.connectors.lgsp.LgspSettings;
import vn.lienthong.connectors.spi.EndpointKind;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportProviders;
import vn.lienthong.connectors.spi.TransportSettings;
import vn.lienthong.schemas.model.AgencyCode;

/**
 * The JSON Schema cannot fall behind the installed transports: same {@code transport:} keys, the same endpoint
 * requirement, and for a transport with settings the same {@code options} keys, required where the record requires.
 */
class ConnectorSchemaProvidersTest {

    private static final JsonNode SCHEMA = ConnectorSchemaTest.schemaTree();
    private static final TransportProviders PROVIDERS = TransportProviders.discovered();
    private static final PropertyNamingStrategies.KebabCaseStrategy KEBAB =
            new PropertyNamingStrategies.KebabCaseStrategy();

    @Test
    void theSchemaChecksAgencyCodesByThePackagesRule() {
        assertThat(SCHEMA.at("/properties/agencies/items/pattern").asText())
                .isEqualTo("^" + AgencyCode.REGEX + "$");
        assertThat(rule("lgsp").orElseThrow().at("/properties/options/properties/receive-for/pattern").asText())
                .isEqualTo(LgspSettings.AGENCY_LIST);
    }

    @Test
    void theSchemaListsExactlyTheInstalledTransportKeys() {
        assertThat(texts(SCHEMA.at("/properties/transport/enum"))).containsExactlyElementsOf(PROVIDERS.keys());
    }

    @Test
    void theSchemaRequiresAnEndpointExactlyForTheTransportsThatNeedOne() {
        for (TransportProvider provider : PROVIDERS.all()) {
            boolean required = rule(provider.type().key())
                    .map(then -> texts(then.path("required")).contains("endpoint")).orElse(false);
            assertThat(required).as("endpoint required for %s", provider.type())
                    .isEqualTo(provider.endpoint() != EndpointKind.OPTIONAL_HTTP_URL);
        }
    }

    @Test
    void theSchemaHoldsTheOptionsOfEveryTransportWithSettings() {
        for (TransportProvider provider : PROVIDERS.all()) {
            JsonNode options = rule(provider.type().key()).map(then -> then.at("/properties/options"))
                    .orElseThrow();
            Optional<Class<? extends TransportSettings>> settings = provider.settings();
            if (settings.isEmpty()) {
                assertThat(options.isMissingNode()).as("free options of %s", provider.type()).isTrue();
                continue;
            }
            RecordComponent[] components = settings.get().getRecordComponents();
            assertThat(fieldNames(options.path("properties"))).as("options of %s", provider.type())
                    .containsExactlyElementsOf(Arrays.stream(components)
                            .map(c -> KEBAB.translate(c.getName())).toList());
            assertThat(texts(options.path("required"))).as("required options of %s", provider.type())
                    .containsExactlyElementsOf(Arrays.stream(components).filter(ConnectorSchemaProvidersTest::required)
                            .map(c -> KEBAB.translate(c.getName())).toList());
            assertThat(options.path("additionalProperties").asBoolean(true)).isFalse();
        }
    }

    /** Bean Validation's annotations do not target record components, so Java puts them on the accessor. */
    private static boolean required(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(NotNull.class);
    }

    /** The {@code then} of the {@code allOf} rule whose {@code if} names {@code key}. */
    private static Optional<JsonNode> rule(String key) {
        return StreamSupport.stream(SCHEMA.path("allOf").spliterator(), false)
                .filter(rule -> names(rule.at("/if/properties/transport")).contains(key))
                .map(rule -> rule.path("then")).findFirst();
    }

    private static List<String> names(JsonNode condition) {
        List<String> keys = new ArrayList<>(texts(condition.path("enum")));
        if (condition.has("const")) {
            keys.add(condition.get("const").asText());
        }
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
