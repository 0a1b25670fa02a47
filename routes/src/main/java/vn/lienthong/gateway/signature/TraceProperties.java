package vn.lienthong.gateway.signature;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The hop record the gateway adds to the packages it forwards unsigned ({@code lienthong.trace.*}).
 *
 * @param organId the agency code written in this hop's TraceHeader: the organisation that runs the gateway; when
 *     empty, the sending agency (the gateway then acts for it, as when it signs)
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.trace")
public record TraceProperties(String organId) {
}
