package vn.lienthong.connectors.config;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import vn.lienthong.connectors.spi.SecretVariable;
import vn.lienthong.connectors.spi.TransportSettings;

/**
 * Binds a transport's {@code options:} into its settings record (Jackson) and checks it (Bean Validation),
 * recording every violation as {@code options.key: message}, and every secret variable the environment lacks.
 */
final class TransportSettingsFields {

    private static final String SECTION = "options";
    private static final PropertyNamingStrategies.KebabCaseStrategy KEBAB = new PropertyNamingStrategies.KebabCaseStrategy();
    private static final ObjectMapper BINDER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            // Unknown keys are reported by the reader with the known ones listed, like everywhere else in the file.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    // The message interpolator without Jakarta EL: the messages are fixed text, and EL is not on every classpath.
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    private final FieldReader fields;
    private final UnaryOperator<String> environment;

    TransportSettingsFields(FieldReader fields, UnaryOperator<String> environment) {
        this.fields = fields;
        this.environment = environment;
    }

    /** The settings of record {@code type} read from {@code root}; null when any is wrong (recorded). */
    TransportSettings settings(JsonNode root, Class<? extends TransportSettings> type) {
        if (root.hasNonNull(SECTION) && !root.get(SECTION).isObject()) {
            return null;
        }
        ObjectNode options = root.hasNonNull(SECTION) ? (ObjectNode) root.get(SECTION)
                : JsonNodeFactory.instance.objectNode();
        int errorsBefore = fields.errorCount();
        fields.rejectUnknownKeys(options, SECTION, keys(type));
        TransportSettings settings = bind(options, type);
        if (settings != null) {
            int errorsBeforeViolations = fields.errorCount();
            violations(settings);
            // A malformed variable name may be the secret itself, which must not be quoted as a variable's name.
            if (fields.errorCount() == errorsBeforeViolations) {
                missingSecrets(settings);
            }
        }
        return fields.errorCount() > errorsBefore ? null : settings;
    }

    private TransportSettings bind(ObjectNode options, Class<? extends TransportSettings> type) {
        try {
            return BINDER.treeToValue(options, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Values are single scalars (checked before) and every setting is text, so this is not expected.
            fields.error(SECTION, "cannot be read as " + type.getSimpleName() + ": " + e.getOriginalMessage());
            return null;
        }
    }

    private void violations(TransportSettings settings) {
        Set<ConstraintViolation<TransportSettings>> found = VALIDATOR.validate(settings);
        found.stream().sorted(Comparator.comparingInt(v -> position(settings, v))).forEach(violation -> {
            String component = violation.getPropertyPath().toString();
            String field = FieldReader.path(SECTION, KEBAB.translate(component));
            Object value = violation.getInvalidValue();
            if (value == null || isSecretVariable(settings, component)) {
                fields.error(field, violation.getMessage());
            } else {
                fields.invalid(field, violation.getMessage(), JsonNodeFactory.instance.textNode(value.toString()));
            }
        });
    }

    /** A secret is looked up where the transport will look it up, so a missing one stops the file, not a send. */
    private void missingSecrets(TransportSettings settings) {
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            if (!component.isAnnotationPresent(SecretVariable.class)) {
                continue;
            }
            String variable = (String) value(settings, component);
            String secret = variable == null ? null : environment.apply(variable);
            if (variable != null && (secret == null || secret.isEmpty())) {
                fields.error(FieldReader.path(SECTION, KEBAB.translate(component.getName())),
                        "environment variable " + variable + " is not set; set it to the secret before starting");
            }
        }
    }

    private static List<String> keys(Class<? extends TransportSettings> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> KEBAB.translate(c.getName())).toList();
    }

    private static boolean isSecretVariable(TransportSettings settings, String component) {
        return Arrays.stream(settings.getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(component) && c.isAnnotationPresent(SecretVariable.class));
    }

    /** Errors come in the order the settings are declared, which is the order a file usually lists them. */
    private static int position(TransportSettings settings, ConstraintViolation<?> violation) {
        List<String> names = Arrays.stream(settings.getClass().getRecordComponents())
                .map(RecordComponent::getName).toList();
        return names.indexOf(violation.getPropertyPath().toString());
    }

    private static Object value(TransportSettings settings, RecordComponent component) {
        try {
            return component.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + settings, e);
        }
    }
}
