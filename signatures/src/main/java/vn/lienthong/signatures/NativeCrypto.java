package vn.lienthong.signatures;

import java.security.GeneralSecurityException;
import java.security.Security;
import java.security.Signature;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;

/**
 * Puts the Amazon Corretto Crypto Provider (native AWS-LC code, several times faster at RSA than the JDK's own)
 * ahead of the JDK's providers when its native library loads here, and otherwise leaves the JDK's providers alone.
 */
public final class NativeCrypto {

    /** The JCA name of the native provider. */
    public static final String PROVIDER = AmazonCorrettoCryptoProvider.PROVIDER_NAME;

    private static final String PROBE_ALGORITHM = "SHA256withRSA";

    private NativeCrypto() {
    }

    /**
     * What {@link #install(boolean)} did.
     *
     * @param nativeInstalled whether the native provider now comes first
     * @param signingProvider the provider that RSA-SHA256 signatures now come from
     * @param detail why, in words for the start-up log
     */
    public record Choice(boolean nativeInstalled, String signingProvider, String detail) {
    }

    /**
     * Installs the native provider first when {@code wanted} and it is healthy; with {@code wanted} false removes
     * it again, so the choice holds even if something installed it earlier in the same JVM.
     */
    public static synchronized Choice install(boolean wanted) {
        if (!wanted) {
            Security.removeProvider(PROVIDER);
            return new Choice(false, signingProvider(), "native provider turned off by configuration");
        }
        try {
            Throwable loadingError = AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError();
            if (loadingError != null) {
                return new Choice(false, signingProvider(),
                        "native provider unavailable here (" + loadingError.getMessage() + "); using the JDK's");
            }
            if (Security.getProvider(PROVIDER) == null) {
                AmazonCorrettoCryptoProvider.install();
            }
            AmazonCorrettoCryptoProvider.INSTANCE.assertHealthy();
            return new Choice(true, signingProvider(), "native provider "
                    + AmazonCorrettoCryptoProvider.INSTANCE.getVersionStr() + " (AWS-LC "
                    + AmazonCorrettoCryptoProvider.INSTANCE.getAwsLcVersionStr() + ") installed first");
        } catch (RuntimeException | LinkageError e) {
            // A missing or broken native library must never stop the gateway: the JDK's providers still work.
            Security.removeProvider(PROVIDER);
            return new Choice(false, signingProvider(), "native provider failed to load (" + e + "); using the JDK's");
        }
    }

    /** The provider a plain {@code Signature.getInstance("SHA256withRSA")} picks, which is what Santuario uses. */
    public static String signingProvider() {
        try {
            return Signature.getInstance(PROBE_ALGORITHM).getProvider().getName();
        } catch (GeneralSecurityException e) {
            return "none (" + e.getMessage() + ")";
        }
    }
}
