package vn.lienthong.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.revocation.CrlRevocationChecker;
import vn.lienthong.signatures.revocation.RevocationMode;
import vn.lienthong.signatures.testsupport.LoopbackServer;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.Policies;
import vn.lienthong.signatures.testsupport.TestPki;

class HttpCrlRevocationTest {

    private static final String ROOT_CRL = "/root.crl";
    private static final String SUB_CRL = "/sub.crl";

    private final AtomicReference<TestPki> pkiRef = new AtomicReference<>();
    private final AtomicReference<TestPki.Issued> revokedRef = new AtomicReference<>();
    private final LoopbackServer server = new LoopbackServer()
            .serve(ROOT_CRL, "application/pkix-crl", body -> TestPki.crl(pkiRef.get().root(), Instant.now(),
                    Instant.now().plus(Duration.ofDays(1)), Map.of()).getEncoded())
            .serve(SUB_CRL, "application/pkix-crl", body -> TestPki.crl(pkiRef.get().intermediate(), Instant.now(),
                    Instant.now().plus(Duration.ofDays(1)),
                    Map.of(revokedRef.get().certificate().getSerialNumber(), Instant.now().minusSeconds(3600)))
                    .getEncoded());
    private final TestPki pki = TestPki.create("Http CRL", server.url(ROOT_CRL), null);
    private final SignatureVerifier verifier = new SignatureVerifier(new CrlRevocationChecker(List.of(),
            HttpClient.newHttpClient(), Duration.ofSeconds(5), Duration.ofHours(1), Clock.systemUTC()));
    private final VerificationPolicy hardFail =
            Policies.trustingRootOf(pki).withRevocationMode(RevocationMode.HARD_FAIL);

    HttpCrlRevocationTest() {
        pkiRef.set(pki);
        revokedRef.set(pki.leaf("Văn thư bị thu hồi").crlUrl(server.url(SUB_CRL)).issue());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLeafRevokedOnTheDistributionPointCrlIsInvalid() {
        SignatureReport report = verifier.verify(sign(revokedRef.get()), hardFail);

        assertThat(report.outcome()).isEqualTo(SignatureReport.Outcome.INVALID);
        assertThat(report.reason()).startsWith("certificate revoked (CRL of CN=Test Sub CA Http CRL");
    }

    @Test
    void aGoodLeafIsValidAndBothCrlsAreFetchedOnceThenCached() {
        byte[] signed = sign(pki.leaf("Văn thư hợp lệ").crlUrl(server.url(SUB_CRL)).issue());

        SignatureReport first = verifier.verify(signed, hardFail);
        SignatureReport second = verifier.verify(signed, hardFail);

        assertThat(first.outcome()).as(first.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(second.outcome()).as(second.reason()).isEqualTo(SignatureReport.Outcome.VALID);
        assertThat(server.hits(SUB_CRL)).isEqualTo(1);
        assertThat(server.hits(ROOT_CRL)).isEqualTo(1);
    }

    private byte[] sign(TestPki.Issued leaf) {
        return new DocumentSigner(pki.signingKey(leaf)).sign(Packages.newDocument());
    }
}
