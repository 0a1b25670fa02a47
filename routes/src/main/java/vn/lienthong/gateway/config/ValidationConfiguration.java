package vn.lienthong.gateway.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.schemas.EdxmlValidator;

/** The edXML validator, built once: compiling the schema is the expensive part and it is thread-safe. */
@Configuration(proxyBeanMethods = false)
public class ValidationConfiguration {

    @Bean
    EdxmlValidator edxmlValidator(Clock clock) {
        return new EdxmlValidator(clock);
    }
}
