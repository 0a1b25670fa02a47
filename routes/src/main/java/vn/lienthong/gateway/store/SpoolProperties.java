package vn.lienthong.gateway.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large packages are kept out of the heap ({@code lienthong.spool.*}).
 *
 * @param inMemoryLimit a package up to this size is handled in memory (the fast path of the common ~10 KB
 *     document); a larger one is spooled to a file under {@code lienthong.data-dir/spool} and read as a stream
 * @param largePackageConcurrency how many spooled packages may be held as a whole DOM at once (signature check and
 *     signing need one); others wait their turn, so several 50 MB packages cannot multiply the heap they take
 * @param largeDeliveryConcurrency how many deliveries of spooled-size packages may be in flight at once across all
 *     connectors (a transport sends the package from one array); the others wait before they claim their delivery
 */
@ConfigurationProperties(prefix = "lienthong.spool")
public record SpoolProperties(@DefaultValue("1MB") DataSize inMemoryLimit,
                              @DefaultValue("1") int largePackageConcurrency,
                              @DefaultValue("2") int largeDeliveryConcurrency) {
}
