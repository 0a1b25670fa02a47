package vn.lienthong.connectors.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.lienthong.connectors.spi.PlatformSystemBinding;

/**
 * Reads a connector file's {@code inbound.vdxp: { system-id: "...", secret-env: "..." }}, which lets the partner call
 * the platform-compatible API with its platform SDK, recording every field that breaks a rule.
 */
final class InboundPlatformFields {

    static final List<String> VDXP_KEYS = List.of("system-id", "secret-env");

    /** Travels as a header and names the system in logs: plain ASCII, no spaces. */
    private static final Pattern SYSTEM_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,127}$");
    private static final String SECTION = "inbound.vdxp";

    private final FieldReader fields;

    InboundPlatformFields(FieldReader fields) {
        this.fields = fields;
    }

    /** The binding under {@code inbound.vdxp}; null when there is none or it is wrong (the errors recorded). */
    PlatformSystemBinding vdxp(ObjectNode inbound) {
        Optional<ObjectNode> section = fields.section(inbound, "inbound", "vdxp");
        if (section.isEmpty()) {
            return null;
        }
        int errorsBefore = fields.errorCount();
        fields.rejectUnknownKeys(section.get(), SECTION, VDXP_KEYS);
        Optional<String> systemId = fields.requiredText(section.get(), SECTION, "system-id");
        if (systemId.isPresent() && !SYSTEM_ID.matcher(systemId.get()).matches()) {
            fields.invalid(SECTION + ".system-id", "must be the system id the partner's SDK sends as "
                    + "XroadVnpt-systemid: letters, digits, '.', '_' or '-', at most 64", section.get().get("system-id"));
        }
        Optional<String> secretEnv = fields.requiredText(section.get(), SECTION, "secret-env");
        if (secretEnv.isPresent() && !ENVIRONMENT_VARIABLE.matcher(secretEnv.get()).matches()) {
            // The value is not repeated: integrators sometimes paste the secret itself here.
            fields.error(SECTION + ".secret-env", "must name the environment variable that holds the system's "
                    + "secret (letters, digits and _, like IOFFICE_VDXP_SECRET), never the secret itself, was "
                    + secretEnv.get().length() + " characters");
        }
        return fields.errorCount() > errorsBefore ? null
                : new PlatformSystemBinding(systemId.orElseThrow(), secretEnv.orElseThrow());
    }
}
