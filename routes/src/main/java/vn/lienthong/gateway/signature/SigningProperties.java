package vn.lienthong.gateway.signature;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The organisations the gateway signs for ({@code lienthong.signing.*}).
 *
 * @param keys one PKCS#12 key per agency; packages sent on behalf of that agency are signed with it
 * @param expiryWarning keys and trust anchors expiring within this window show in health and metrics
 * @param nativeProvider when true (the default) the native Amazon Corretto Crypto Provider signs and verifies
 *        wherever its library loads, several times faster at RSA; false keeps the JDK's own providers
 */
@Validated
@ConfigurationProperties(prefix = "lienthong.signing")
public record SigningProperties(@DefaultValue List<@Valid Key> keys,
                                @DefaultValue("30d") @DurationMin(millis = 0) Duration expiryWarning,
                                @DefaultValue("true") boolean nativeProvider) {

    /**
     * @param agency the agency code whose packages this key signs
     * @param keystore the PKCS#12 file holding the key and its certificate chain
     * @param password the keystore's password (from the environment in production)
     * @param alias the key entry; the first key entry when empty
     */
    public record Key(@NotBlank String agency, @NotNull Path keystore, String password, String alias) {
    }
}
