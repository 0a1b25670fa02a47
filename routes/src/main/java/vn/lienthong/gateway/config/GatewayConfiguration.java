package vn.lienthong.gateway.config;

import java.time.Clock;

import jakarta.jms.ConnectionFactory;

import org.apache.camel.component.jms.JmsComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Shared infrastructure beans: the clock and the Camel JMS component on the gateway's broker. */
@Configuration(proxyBeanMethods = false)
public class GatewayConfiguration {

    /** One clock for every timestamp, so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JmsComponent jms(ConnectionFactory connectionFactory) {
        return JmsComponent.jmsComponent(connectionFactory);
    }
}
