package vn.lienthong.gateway.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.store.PackageContent;
import vn.lienthong.gateway.store.PackageSpool;
import vn.lienthong.gateway.store.SpoolProperties;
import vn.lienthong.gateway.support.ProducerFixtures;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SamplePki;
import vn.lienthong.gateway.support.SignedPackages;

/** The spooled path (header edited alone, file copied around it) sends exactly what the in-memory path sends. */
class OutboundSignerTest {

    private static final String DEPARTMENT = "000.00.13.H53";
    private static final Instant RECEIVED = Instant.parse("2026-11-21T03:00:00Z");
    private static final SignatureOutcome UNSIGNED = new SignatureOutcome("UNSIGNED", "package carries no Signature",
            null, RECEIVED);

    @TempDir
    Path dataDir;

    private PackageSpool spool;
    private OutboundSigner signer;

    @BeforeEach
    void signerHoldingTheDepartmentsKey() {
        SpoolProperties spoolProperties = new SpoolProperties(DataSize.ofBytes(1024), DataSize.ofMegabytes(16), DataSize.ofMegabytes(128));
        spool = new PackageSpool(new LienthongProperties(dataDir, null, null, null), spoolProperties);
        OrganisationSigners signers = new OrganisationSigners(new SigningProperties(List.of(new SigningProperties.Key(
                DEPARTMENT, SamplePki.file("orgs/so-gddt-ha-tinh.p12"), SamplePki.PASSWORD, null)),
                Duration.ofDays(30), false));
        signer = new OutboundSigner(signers, new TraceProperties(null), spool);
    }

    @Test
    void aSpooledPackageIsTracedAndSignedByteForByteAsInMemory() throws IOException {
        byte[] letter = SamplePackages.validDocumentNumbered(7101);

        byte[] inMemory = signer.outbound(PackageContent.of(letter), false, DEPARTMENT, UNSIGNED, RECEIVED, true)
                .bytes();
        try (PackageContent spooled = spooled(letter);
             PackageContent sent = signer.outbound(spooled, false, DEPARTMENT, UNSIGNED, RECEIVED, true)) {

            assertThat(spooled.inMemory()).isFalse();
            assertThat(sent.bytes()).isEqualTo(inMemory);
            assertThat(SignedPackages.withoutGatewayAdditions(sent.bytes())).isEqualTo(letter);
            assertThat(SignedPackages.text(sent.bytes())).contains("<edXML:OrganId>" + DEPARTMENT, "SignatureValue");
        }
    }

    @Test
    void anAgencyWithoutAKeyGetsOnlyTheHopRecordOnEitherPath() throws IOException {
        byte[] letter = SamplePackages.fromMinistryNumbered(7102);

        byte[] inMemory = signer.outbound(PackageContent.of(letter), false, "000.00.00.G03", UNSIGNED, RECEIVED, true)
                .bytes();
        try (PackageContent spooled = spooled(letter);
             PackageContent sent = signer.outbound(spooled, false, "000.00.00.G03", UNSIGNED, RECEIVED, true)) {

            assertThat(sent.bytes()).isEqualTo(inMemory);
            assertThat(SignedPackages.text(sent.bytes())).doesNotContain("SignatureValue");
            assertThat(SignedPackages.withoutGatewayAdditions(sent.bytes())).isEqualTo(letter);
        }
    }

    @Test
    void aPackageCarryingASignatureThePolicyDidNotCheckGoesOutUnchanged() throws IOException {
        SignatureOutcome notChecked = SignatureOutcome.notChecked(RECEIVED);
        try (PackageContent spooled = spooled(SamplePackages.validDocumentNumbered(7103))) {

            assertThat(signer.outbound(spooled, true, DEPARTMENT, notChecked, RECEIVED, true)).isNull();
        }
    }

    @Test
    void aPackageWithALegacySignatureGoesOutUnchangedOnEitherPath() throws IOException {
        byte[] bkav = ProducerFixtures.bytes("bkav-document.xml");
        SignatureOutcome unverifiable = new SignatureOutcome("UNVERIFIABLE",
                "Bkav-style Signature in no namespace (DigestMethod as text) is not XML-DSig and cannot be verified",
                null, RECEIVED);

        assertThat(signer.outbound(PackageContent.of(bkav), true, DEPARTMENT, unverifiable, RECEIVED, true)).isNull();
        try (PackageContent spooled = spooled(bkav)) {
            assertThat(signer.outbound(spooled, true, DEPARTMENT, unverifiable, RECEIVED, true)).isNull();
        }
    }

    private PackageContent spooled(byte[] bytes) throws IOException {
        return spool.spool(new ByteArrayInputStream(bytes), 1_000_000);
    }
}
