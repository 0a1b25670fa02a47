package vn.lienthong.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The disk reserve under {@code lienthong.intake}.
 *
 * @param minFreeDisk below this much usable space on the file system of {@code lienthong.data-dir}, intake refuses
 *     every package with 507 and health reports OUT_OF_SERVICE, so nothing is accepted that could not be stored
 *     whole; the embedded broker keeps working down to half of it so queued work still drains
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.intake")
public record DataDiskProperties(DataSize minFreeDisk) {

    public DataDiskProperties {
        if (minFreeDisk == null) {
            minFreeDisk = DataSize.ofMegabytes(128);
        }
    }
}
