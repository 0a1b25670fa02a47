package vn.lienthong.gateway.process;

import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.ProcessWork;

/**
 * A message's work with the package the gateway will send.
 *
 * @param sent the signed or traced copy, or null when the received bytes go out unchanged
 */
public record PreparedPackage(ProcessWork work, PackageContent sent) implements AutoCloseable {

    @Override
    public void close() {
        work.close();
        if (sent != null) {
            sent.close();
        }
    }
}
