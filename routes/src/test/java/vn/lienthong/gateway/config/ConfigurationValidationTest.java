package vn.lienthong.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.gateway.alerts.AlertsProperties;

/**
 * Every {@code lienthong.*} settings class binds and validates at start-up: a bad value stops the start with Spring
 * Boot's failure report naming the key, the value and the reason, before anything else runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTest {

    @Test
    void theDefaultsBindAndValidate() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(AlertsProperties.class).checkInterval()).hasMinutes(1);
            assertThat(context.getBean(LienthongProperties.class).dispatch().lease()).hasMinutes(5);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "lienthong.operations.partner-down-after, 0, must be greater than 0",
        "lienthong.dispatch.lease, 0s, must be longer than or equal to 1 milli",
        "lienthong.alerts.check-interval, -1m, must be longer than or equal to 1 milli",
        "lienthong.folder.poll-delay, 0ms, must be longer than or equal to 1 milli",
        "lienthong.tls.port, 70000, must be less than or equal to 65535",
        "lienthong.signing.keys[0].agency, '', must not be blank",
    })
    void aValueOutOfRangeStopsTheStartNamingTheKey(String key, String value, String reason, CapturedOutput output) {
        assertThatThrownBy(() -> start("--" + key + "=" + value)).isInstanceOf(RuntimeException.class);

        assertThat(output).contains("Invalid setting").contains("Property: " + key)
                .contains("Value: \"" + value + "\"").contains("Reason: " + reason);
    }

    @Test
    void aValueOfTheWrongTypeStopsTheStartNamingTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--lienthong.timestamping.interval=soon")).isInstanceOf(RuntimeException.class);

        assertThat(output).contains("Failed to bind properties under 'lienthong.timestamping.interval'")
                .contains("Value: \"soon\"");
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication application = new SpringApplication(EverySettingsClass.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] withPlainLog = new String[arguments.length + 2];
        withPlainLog[0] = "--logging.structured.format.console=";
        withPlainLog[1] = "--spring.main.banner-mode=off";
        System.arraycopy(arguments, 0, withPlainLog, 2, arguments.length);
        return application.run(withPlainLog);
    }

    /** The gateway's settings classes and Spring Boot's binding and validation, nothing else. */
    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("vn.lienthong.gateway")
    @ImportAutoConfiguration({ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class})
    static class EverySettingsClass {
    }
}
