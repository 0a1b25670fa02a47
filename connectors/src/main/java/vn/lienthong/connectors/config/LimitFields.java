package vn.lienthong.connectors.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.connectors.spi.ConnectorLimits;
import vn.lienthong.connectors.spi.RateLimit;

/** Reads the {@code limits} section: the partner's largest package and its request rate on intake. */
final class LimitFields {

    static final List<String> LIMIT_KEYS = List.of("max-package-size", "rate", "burst");

    /** The body is read into memory: one package may not be larger than this, whatever a file says. */
    static final long MAX_PACKAGE_SIZE_LIMIT = 1L << 30;
    private static final long MAX_PERMITS = 1_000_000;
    private static final Pattern RATE = Pattern.compile("^(\\d{1,7})\\s*/\\s*(s|m|min|h)$");
    private static final String RATE_EXAMPLES = "50/s, 600/min or 1000/h";

    private final FieldReader fields;

    LimitFields(FieldReader fields) {
        this.fields = fields;
    }

    /** Returns the limits of the file; none when the section is absent, null when it is invalid. */
    ConnectorLimits limits(JsonNode root) {
        return fields.optionalSection(root, "limits", LIMIT_KEYS, ConnectorLimits.NONE,
                (limits, errorsBefore) -> new ConnectorLimits(maxPackageSize(limits), rate(limits)));
    }

    private Long maxPackageSize(ObjectNode limits) {
        Optional<JsonNode> value = fields.present(limits, "max-package-size");
        if (value.isEmpty()) {
            return null;
        }
        try {
            long bytes = value.get().canConvertToExactIntegral() ? value.get().asLong()
                    : DataSizeText.parse(value.get().isTextual() ? value.get().asText() : value.get().toString());
            if (bytes >= 1 && bytes <= MAX_PACKAGE_SIZE_LIMIT) {
                return bytes;
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // Reported below with the rule, like every other malformed value.
        }
        fields.invalid("limits.max-package-size", "must be a size from 1 byte to 1GB like "
                + DataSizeText.EXAMPLES, value.get());
        return null;
    }

    /** The rate and its burst; a burst alone is an error, since it limits nothing without a refill rate. */
    private RateLimit rate(ObjectNode limits) {
        Optional<JsonNode> rate = fields.present(limits, "rate");
        Optional<Integer> burst = fields.wholeNumber(limits, "limits", "burst", 1, (int) MAX_PERMITS);
        if (rate.isEmpty()) {
            if (burst.isPresent()) {
                fields.error("limits.burst", "needs limits.rate (like " + RATE_EXAMPLES + ") to refill, was "
                        + burst.get());
            }
            return null;
        }
        Matcher matcher = RATE.matcher(rate.get().isTextual() ? rate.get().asText().trim().toLowerCase(Locale.ROOT)
                : "");
        long permits = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
        if (permits < 1 || permits > MAX_PERMITS) {
            fields.invalid("limits.rate", "must be requests per second, minute or hour from 1 to " + MAX_PERMITS
                    + ", like " + RATE_EXAMPLES, rate.get());
            return null;
        }
        Duration period = switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(1);
            case "h" -> Duration.ofHours(1);
            default -> Duration.ofMinutes(1);
        };
        // Without a burst, a full period's permits may come at once, which is what "50/s" reads as.
        return new RateLimit(permits, period, burst.map(Integer::longValue).orElse(permits));
    }
}
