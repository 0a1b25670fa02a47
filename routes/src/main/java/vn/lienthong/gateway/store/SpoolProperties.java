package vn.lienthong.gateway.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How large packages are kept out of the heap ({@code lienthong.spool.*}).
 *
 * @param inMemoryLimit a package up to this size is handled in memory (the fast path of the common ~10 KB
 *     document); a larger one is spooled to a file under {@code lienthong.data-dir/spool} and read as a stream
 * @param domBudget how many bytes of spooled packages may be held as whole DOMs at once (checking a signed package's
 *     signature needs one; signing streams): a 50 MB package takes the whole budget and waits for it, while 1 MiB
 *     packages are checked side by side, so several large packages cannot multiply the heap they take
 * @param deliveryBudget how many bytes of spooled-size packages may be in flight to transports at once across all
 *     connectors (a transport sends the package from one array); the others wait before they claim their delivery.
 *     The default lets one 50 MB delivery run at a time, which keeps three such packages at once within a 512 MB heap
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.spool")
public record SpoolProperties(@DefaultValue("1MB") DataSize inMemoryLimit,
                              @DefaultValue("16MB") DataSize domBudget,
                              @DefaultValue("64MB") DataSize deliveryBudget) {
}
