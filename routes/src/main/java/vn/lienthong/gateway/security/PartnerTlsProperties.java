package vn.lienthong.gateway.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The partners' HTTPS port with mutual TLS ({@code lienthong.tls.*}), beside the plain {@code server.port}.
 *
 * @param port the port of the HTTPS connector, where every client must present a certificate its bundle trusts;
 *     no such connector when unset
 * @param bundle the name of the Spring Boot SSL bundle ({@code spring.ssl.bundle.jks.<name>} or
 *     {@code spring.ssl.bundle.pem.<name>}) holding the server's key and certificate (keystore) and the CA
 *     certificates that client certificates must chain to (truststore)
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.tls")
public record PartnerTlsProperties(@Min(1) @Max(65535) Integer port, String bundle) {
}
