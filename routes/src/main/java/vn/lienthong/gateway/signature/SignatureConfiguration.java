package vn.lienthong.gateway.signature;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.signatures.NativeCrypto;
import vn.lienthong.signatures.PemCertificates;
import vn.lienthong.signatures.SignatureVerifier;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.ChainedRevocationChecker;
import vn.lienthong.signatures.revocation.CrlRevocationChecker;
import vn.lienthong.signatures.revocation.RevocationChecker;

/** Builds the signers and the verifier from {@code lienthong.signing.*} and {@code lienthong.trust.*}. */
@Configuration(proxyBeanMethods = false)
public class SignatureConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SignatureConfiguration.class);

    /** Chosen before any signer or verifier exists, so that every signature goes through the same provider. */
    @Bean
    NativeCrypto.Choice cryptoProvider(SigningProperties properties) {
        NativeCrypto.Choice choice = NativeCrypto.install(properties.nativeProvider());
        log.info("RSA signatures are made and checked by provider {}: {}", choice.signingProvider(), choice.detail());
        return choice;
    }

    @Bean
    OrganisationSigners organisationSigners(SigningProperties properties, NativeCrypto.Choice cryptoProvider) {
        return new OrganisationSigners(properties);
    }

    /** One revocation checker for the whole gateway (packages and PDF attachments): it holds the OCSP and CRL caches. */
    @Bean
    RevocationChecker revocationChecker(TrustProperties trust) {
        return ChainedRevocationChecker.online(CrlRevocationChecker.readCrls(trust.crls()),
                trust.revocationTimeout(), trust.revocationCacheTtl());
    }

    @Bean
    SignatureVerifier signatureVerifier(RevocationChecker revocationChecker, Clock clock,
                                        NativeCrypto.Choice cryptoProvider) {
        return new SignatureVerifier(revocationChecker, clock);
    }

    /** The policy shared by every connector; each connector only decides whether SHA-1 is tolerated. */
    @Bean
    VerificationPolicy baseVerificationPolicy(TrustProperties trust) {
        List<java.security.cert.X509Certificate> anchors = PemCertificates.read(trust.anchors());
        return VerificationPolicy.trusting(anchors)
                .withIntermediates(PemCertificates.read(trust.intermediates()))
                .withRevocationMode(trust.revocation());
    }
}
