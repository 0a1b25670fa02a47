package vn.lienthong.gateway.signature;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisations the gateway signs for ({@code lienthong.signing.*}).
 *
 * @param keys one PKCS#12 key per agency; packages sent on behalf of that agency are signed with it
 * @param expiryWarning keys and trust anchors expiring within this window show in health and metrics
 */
@ConfigurationProperties(prefix = "lienthong.signing")
public record SigningProperties(@DefaultValue List<Key> keys, @DefaultValue("30d") Duration expiryWarning) {

    /**
     * @param agency the agency code whose packages this key signs
     * @param keystore the PKCS#12 file holding the key and its certificate chain
     * @param password the keystore's password (from the environment in production)
     * @param alias the key entry; the first key entry when empty
     */
    public record Key(String agency, Path keystore, String password, String alias) {
    }
}
