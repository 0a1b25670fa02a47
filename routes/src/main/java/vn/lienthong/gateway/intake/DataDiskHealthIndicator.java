package vn.lienthong.gateway.intake;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** OUT_OF_SERVICE while the data disk is below its reserve: a load balancer sends partners to another instance. */
@Component("dataDisk")
public class DataDiskHealthIndicator extends AbstractHealthIndicator {

    private final DataDiskGuard guard;

    public DataDiskHealthIndicator(DataDiskGuard guard) {
        this.guard = guard;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long usable = guard.usableBytes();
        (usable >= guard.reserveBytes() ? builder.up() : builder.outOfService()
                .withDetail("reason", "intake refused: free space below lienthong.intake.min-free-disk"))
                .withDetail("free", usable)
                .withDetail("reserve", guard.reserveBytes());
    }
}
