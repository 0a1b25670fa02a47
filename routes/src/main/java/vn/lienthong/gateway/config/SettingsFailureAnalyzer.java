package vn.lienthong.gateway.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Reports a setting that fails validation as the operator writes it: the kebab-case key
 * ({@code lienthong.operations.partner-down-after}, where Spring Boot names the record component
 * {@code partnerDownAfter}), the value as written, where it was set, and why it was refused.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        ValidationErrors errors = cause.getValidationErrors();
        String lines = errors.getAllErrors().stream().map(error -> line(errors, error))
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis("Invalid setting" + (errors.getAllErrors().size() > 1 ? "s" : "") + " under '"
                + errors.getName() + "':\n" + lines,
                "Correct the value in application.yml, the environment or the command line; README.md, "
                        + "\"Configuration reference\", says what each setting changes.", cause);
    }

    private static String line(ValidationErrors errors, ObjectError error) {
        if (!(error instanceof FieldError field)) {
            return "    " + errors.getName() + ": " + error.getDefaultMessage();
        }
        String key = errors.getName() + "." + dashed(field.getField());
        ConfigurationProperty bound = errors.getBoundProperties().stream()
                .filter(p -> p.getName().equals(ConfigurationPropertyName.adapt(key, '.')))
                .findFirst().orElse(null);
        Object value = bound != null ? bound.getValue() : field.getRejectedValue();
        String shown = value == null ? "(not set)" : "\"" + value + "\"";
        String origin = bound == null || bound.getOrigin() == null ? "" : " (set in " + bound.getOrigin() + ")";
        return "    Property: " + key + "\n    Value: " + shown + origin + "\n    Reason: " + field.getDefaultMessage();
    }

    /** {@code keys[0].keystorePassword} becomes {@code keys[0].keystore-password}. */
    static String dashed(String field) {
        return Arrays.stream(field.split("\\.")).map(SettingsFailureAnalyzer::dashedSegment)
                .collect(Collectors.joining("."));
    }

    private static String dashedSegment(String segment) {
        return segment.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
