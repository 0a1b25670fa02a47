package vn.lienthong.gateway.connector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.connectors.spi.TransportProviders;

/** The transports of this build: every provider on the class path, so a new one needs no registration here. */
@Configuration(proxyBeanMethods = false)
public class TransportProvidersConfiguration {

    @Bean
    TransportProviders transportProviders() {
        return TransportProviders.discovered();
    }
}
