package vn.lienthong.gateway.config;

import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * This instance's name among those sharing one store ({@code lienthong.instance-id}).
 *
 * @param instanceId the owner of this instance's delivery leases, the author of its attempts and the holder of its
 *     locks: unique among the running instances and unchanged across restarts (a restarted instance takes back
 *     exactly the attempts it left in flight); empty for the default, host name and absolute data directory
 */
@Validated
@ConfigurationProperties(prefix = "lienthong")
public record InstanceProperties(@Size(max = InstanceIdentity.MAX_LENGTH) String instanceId) {
}
