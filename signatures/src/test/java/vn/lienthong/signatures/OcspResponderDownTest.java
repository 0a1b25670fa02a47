package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.OcspRevocationChecker;
import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.LoopbackServer;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class OcspResponderDownTest {

    private final String deadResponder = LoopbackServer.deadUrl("/ocsp");
    private final TestPki pki = TestPki.create("OCSP down", null, deadResponder);
    private final byte[] signed = new DocumentSigner(pki.signingKey(pki.leaf("Văn thư").ocspUrl(deadResponder).issue()))
            .sign(Packages.newDocument());
    private final SignatureVerifier verifier = new SignatureVerifier(new OcspRevocationChecker(
            HttpClient.newHttpClient(), Duration.ofSeconds(2), Duration.ofHours(1), Clock.systemUTC()));

    @Test
    void softFailAcceptsWithAWarningPerUncheckedCertificate() {
        SignatureReport report = verifier.verify(signed,
                Policies.trustingRootOf(pki).withRevocationMode(RevocationMode.SOFT_FAIL));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(report.warnings()).hasSize(2).allSatisfy(warning -> assertThat(warning)
                .startsWith("revocation status of CN=").contains("OCSP " + deadResponder + " unreachable"));
        assertThat(report.reason()).startsWith("signature valid; revocation status of CN=Văn thư");
    }

    @Test
    void hardFailRefusesNamingTheResponder() {
        SignatureReport report = verifier.verify(signed,
                Policies.trustingRootOf(pki).withRevocationMode(RevocationMode.HARD_FAIL));

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("revocation status of CN=Văn thư")
                .contains("unknown: OCSP " + deadResponder + " unreachable");
    }
}
