package vn.lienthong.signatures.timestamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.lienthong.signatures.testsupport.LocalTsaServer;
import vn.lienthong.signatures.testsupport.Packages;
import vn.lienthong.signatures.testsupport.TestPki;

class TimestampClientTest {

    private final TestPki pki = TestPki.shared();
    private final LocalTsaServer tsa = LocalTsaServer.start(pki.intermediate());

    @AfterEach
    void stop() {
        tsa.close();
    }

    @Test
    void aPackageDigestIsStampedByTheTsa() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Packages.newDocument());
        TimestampClient client = new TimestampClient(tsa.url(), List.of(pki.root().certificate(),
                pki.intermediate().certificate()), Duration.ofSeconds(5));
        Instant before = Instant.now().minusSeconds(1);

        TimestampToken token = client.stamp(digest);

        assertThat(token.genTime()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(token.tsaSubject()).startsWith("CN=Test TSA");
        TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token.encoded()));
        assertThat(parsed.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
        assertThat(tsa.requests()).isEqualTo(1);
    }

    @Test
    void aTsaCertificateOutsideTheTrustedOnesIsRefused() throws Exception {
        TimestampClient client = new TimestampClient(tsa.url(),
                List.of(TestPki.selfSigned("CN=Other TSA Root,C=VN").certificate()), Duration.ofSeconds(5));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] { 1 });

        assertThatThrownBy(() -> client.stamp(digest))
                .isInstanceOf(TimestampException.class)
                .hasMessage("TSA certificate CN=Test TSA,O=Sở Giáo dục và Đào tạo,C=VN is not trusted for time-stamps");
    }
}
