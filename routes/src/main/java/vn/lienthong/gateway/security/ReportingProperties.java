package vn.lienthong.gateway.security;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code lienthong.reporting.*} settings: API keys that read the statistics (role REPORTER) and nothing else,
 * for systems that poll them, such as the province's intelligent operations centre (IOC).
 *
 * @param apiKeys the keys, by the SHA-256 of their value: the key itself is given to the system that polls and never
 *     sits in the configuration
 */
@ConfigurationProperties(prefix = "lienthong.reporting")
public record ReportingProperties(List<ApiKey> apiKeys) {

    public ReportingProperties {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }

    /**
     * One reporting key.
     *
     * @param name who holds it, e.g. {@code ioc-ha-tinh}: the audit log names every read after it
     * @param sha256 the lower-case hex SHA-256 of the key (a key sent as {@code X-API-Key} is hashed and compared)
     */
    public record ApiKey(String name, String sha256) {

        public ApiKey {
            if (name == null || name.isBlank() || sha256 == null || !sha256.strip().matches("(?i)[0-9a-f]{64}")) {
                throw new IllegalArgumentException("lienthong.reporting.api-keys: each key needs a name and the "
                        + "64 hex digits of its SHA-256 (got name " + name + ")");
            }
            sha256 = sha256.strip().toLowerCase(Locale.ROOT);
        }
    }
}
