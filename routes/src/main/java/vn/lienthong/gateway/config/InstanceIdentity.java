package vn.lienthong.gateway.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * This gateway instance's name among the instances that share one store: it owns the leases of the attempts it
 * makes and signs its poll locks. It must be unique among live instances and the same after a restart, so that a
 * restarted instance takes back exactly the attempts it left in flight.
 */
@Component
public class InstanceIdentity {

    /** The width of {@code deliveries.lease_owner} and {@code attempts.instance_id} (V7). */
    static final int MAX_LENGTH = 200;

    private final String id;

    public InstanceIdentity(LienthongProperties properties, InstanceProperties instance) {
        String configured = instance.instanceId();
        this.id = configured == null || configured.isBlank()
                ? byDefault(hostName(), properties.dataDir().toAbsolutePath().normalize().toString())
                : checked(configured.strip());
    }

    public String id() {
        return id;
    }

    /**
     * Host name and data directory: stable across restarts, and distinct for instances on different hosts or with
     * their own data directories on one host.
     */
    static String byDefault(String hostName, String dataDir) {
        String id = hostName + ":" + dataDir;
        return id.length() <= MAX_LENGTH ? id : hostName + ":" + sha256(dataDir).substring(0, 16);
    }

    private static String checked(String configured) {
        if (configured.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("lienthong.instance-id: at most " + MAX_LENGTH
                    + " characters, was " + configured.length() + " (\"" + configured + "\")");
        }
        return configured;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
