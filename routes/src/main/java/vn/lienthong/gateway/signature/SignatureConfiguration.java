package vn.lienthong.gateway.signature;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.signatures.PemCertificates;
import vn.lienthong.signatures.SignatureVerifier;
import vn.lienthong.signatures.VerificationPolicy;
import vn.lienthong.signatures.revocation.ChainedRevocationChecker;
import vn.lienthong.signatures.revocation.CrlRevocationChecker;

/** Builds the signers and the verifier from {@code lienthong.signing.*} and {@code lienthong.trust.*}. */
@Configuration(proxyBeanMethods = false)
public class SignatureConfiguration {

    @Bean
    OrganisationSigners organisationSigners(SigningProperties properties) {
        return new OrganisationSigners(properties);
    }

    /** One verifier for the whole gateway: it holds the OCSP and CRL caches. */
    @Bean
    SignatureVerifier signatureVerifier(TrustProperties trust, Clock clock) {
        var revocation = ChainedRevocationChecker.online(CrlRevocationChecker.readCrls(trust.crls()),
                trust.revocationTimeout(), trust.revocationCacheTtl());
        return new SignatureVerifier(revocation, clock);
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
