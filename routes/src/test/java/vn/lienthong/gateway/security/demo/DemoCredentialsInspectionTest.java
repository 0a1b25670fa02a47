package vn.lienthong.gateway.security.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.connectors.config.ConnectorDirectory;
import vn.lienthong.gateway.signature.SigningProperties;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePki;

/** Every published demo credential is found where an operator could configure it; credentials of one's own are not. */
class DemoCredentialsInspectionTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    /** The variables {@code ./lienthong demo} exports: a file naming an unset secret variable is refused at load. */
    private static final Map<String, String> DEMO_ENVIRONMENT = Map.of("VDXP_DEMO_SECRET", "demo-only-vdxp-secret",
            "LGSP_DEMO_SECRET", "bí-mật-do-nền-tảng-cấp");

    @Test
    void everyApiKeyOfTheSampleConnectorFilesIsADemoKey() throws Exception {
        var connectors = ConnectorDirectory.load(SAMPLES.resolve("connectors"));
        var demo = ConnectorDirectory.load(SAMPLES.resolve("demo"), DEMO_ENVIRONMENT::get);

        List<String> findings = new DemoCredentialsInspection().connectors(connectors, name -> null)
                .connectors(demo, name -> null).findings();

        assertThat(findings).hasSize(connectors.size() + demo.size());
        assertThat(findings).anySatisfy(finding -> assertThat(finding).isEqualTo("connector phong-gddt-thach-ha "
                + "(phong-gddt-thach-ha.yaml): inbound.api-key-sha256 is the hash of the demo API key "
                + "\"demo-thach-ha-key\" published in samples/; give the partner a new key (openssl rand -hex 32) "
                + "and put its SHA-256 there"));
    }

    @Test
    void aDemoPlatformSecretInTheVariableAConnectorNamesIsFound() throws Exception {
        var demo = ConnectorDirectory.load(SAMPLES.resolve("demo"), DEMO_ENVIRONMENT::get);

        List<String> findings = new DemoCredentialsInspection().connectors(demo, DEMO_ENVIRONMENT::get).findings();

        assertThat(findings).filteredOn(finding -> finding.contains("platform secret")).containsExactly(
                "connector truc-quoc-gia (truc-quoc-gia.yaml): options.secret-env names the environment variable "
                        + "VDXP_DEMO_SECRET, which holds a demo-only platform secret; set the secret the platform "
                        + "issued to you");
    }

    @Test
    void aDemoSecretBehindAPlatformApiBindingIsFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ioffice-so-gddt.yaml"), """
                id: ioffice-so-gddt
                name: "VNPT iOffice Sở GD&ĐT Hà Tĩnh"
                agencies: ["000.00.13.H53"]
                transport: inbox
                inbound:
                  vdxp: { system-id: "ioffice-sgddt-ha-tinh", secret-env: "IOFFICE_VDXP_SECRET" }
                """, StandardCharsets.UTF_8);
        var connectors = ConnectorDirectory.load(dir);

        assertThat(new DemoCredentialsInspection().connectors(connectors,
                Map.of("IOFFICE_VDXP_SECRET", "demo-only-vdxp-secret")::get).findings()).containsExactly(
                "connector ioffice-so-gddt (ioffice-so-gddt.yaml): inbound.vdxp.secret-env names the environment "
                        + "variable IOFFICE_VDXP_SECRET, which holds a demo-only platform secret; give system "
                        + "ioffice-sgddt-ha-tinh a secret of its own (openssl rand -hex 32)");
        assertThat(new DemoCredentialsInspection().connectors(connectors,
                Map.of("IOFFICE_VDXP_SECRET", "a3f0c9…bí-mật-riêng")::get).findings()).isEmpty();
    }

    @Test
    void connectorsWithTheirOwnKeysAreClean(@TempDir Path dir) throws Exception {
        ConnectorFiles.write(dir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                "http://127.0.0.1:9001/edoc", "9f2c4e1a-khoa-rieng-cua-phong", "{ max-attempts: 3 }");

        assertThat(new DemoCredentialsInspection().connectors(ConnectorDirectory.load(dir), name -> null).findings())
                .isEmpty();
    }

    @Test
    void aSampleSigningKeyIsFoundByItsPasswordAndByItsIssuer() {
        Path keystore = SamplePki.file("orgs/so-gddt-ha-tinh.p12");

        List<String> findings = new DemoCredentialsInspection()
                .signingKeys(List.of(new SigningProperties.Key("000.00.13.H53", keystore, "changeit", null)))
                .findings();

        assertThat(findings).containsExactly(
                "lienthong.signing.keys[0].password is \"changeit\", the password of the sample keystores; protect "
                        + "the organisation's key with a password of its own",
                "lienthong.signing.keys[0].keystore " + keystore + " holds a key of the test PKI of certs-sample/, "
                        + "whose private keys are public; use the organisation's own key and certificate");
    }

    @Test
    void theTestRootAsATrustAnchorIsFoundAndARealCaIsNot(@TempDir Path dir) throws Exception {
        Path ownCa = Files.writeString(dir.resolve("ca-rieng.pem"), pem(selfSignedCa("CN=CA Sở GD&ĐT Hà Tĩnh,C=VN")),
                StandardCharsets.US_ASCII);
        Path testRoot = SamplePki.file("trust/anchors.pem");

        List<String> findings = new DemoCredentialsInspection().trustAnchors(List.of(ownCa, testRoot)).findings();

        assertThat(findings).singleElement().asString()
                .startsWith("lienthong.trust.anchors: " + testRoot + " holds a CA of the test PKI");
    }

    @Test
    void theTestRootAsAnAnchorOfPdfSignersIsFoundUnderItsOwnProperty() {
        Path testRoot = SamplePki.file("trust/anchors.pem");

        List<String> findings = new DemoCredentialsInspection()
                .trustAnchors("lienthong.trust.document-anchors", List.of(testRoot)).findings();

        assertThat(findings).singleElement().asString()
                .startsWith("lienthong.trust.document-anchors: " + testRoot + " holds a CA of the test PKI");
    }

    @Test
    void theSampleTlsServerKeyAndTestTruststoreAreFound() throws Exception {
        KeyStore server = load("tls/server.p12");
        KeyStore trust = load("trust/truststore.p12");

        List<String> findings = new DemoCredentialsInspection().tlsBundle("partners", server, "changeit", trust)
                .findings();

        assertThat(findings).hasSize(3).allSatisfy(finding ->
                assertThat(finding).startsWith("lienthong.tls.bundle (spring.ssl.bundle.partners): "));
    }

    private static KeyStore load(String relative) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(SamplePki.file(relative))) {
            store.load(in, SamplePki.PASSWORD.toCharArray());
        }
        return store;
    }

    private static X509Certificate selfSignedCa(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name(subject);
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now),
                Date.from(now.plus(365, ChronoUnit.DAYS)), name, pair.getPublic());
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
