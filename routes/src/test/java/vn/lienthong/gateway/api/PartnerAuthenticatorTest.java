package vn.lienthong.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.unit.DataSize;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.TransportProviders;
import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.connector.ConnectorRegistry;
import vn.lienthong.gateway.connector.ConnectorVeto;
import vn.lienthong.gateway.store.PackageDigest;
import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePki;

/** An API key, a TLS client certificate, or both naming the same connector authenticate; anything else is 401. */
class PartnerAuthenticatorTest {

    private static final String DEPARTMENT_KEY = "khoa-thu-so-gddt";
    private static final String DISTRICT_KEY = "khoa-thu-thach-ha";

    private final X509Certificate departmentCertificate = certificate("tls/client-so-gddt.pem");
    /** Issued by the trusted CA, so a TLS handshake accepts it, but bound to no connector. */
    private final X509Certificate unboundCertificate = certificate("orgs/bo-gddt.pem");

    private PartnerAuthenticator authenticator;

    @BeforeEach
    void connectors(@TempDir Path dir) throws Exception {
        Path department = ConnectorFiles.write(dir, "so-gddt-ha-tinh", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh",
                "000.00.13.H53", "http://127.0.0.1:9002/edoc", DEPARTMENT_KEY, "{ max-attempts: 3 }");
        Files.writeString(department, Files.readString(department).replace("inbound:\n", "inbound:\n"
                + "  client-certificate-sha256: \"" + fingerprint(departmentCertificate) + "\"\n"));
        ConnectorFiles.write(dir, "phong-gddt-thach-ha", "Phòng GD&ĐT Thạch Hà", "000.20.31.H53",
                "http://127.0.0.1:9001/edoc", DISTRICT_KEY, "{ max-attempts: 3 }");
        LienthongProperties properties = new LienthongProperties(dir.resolve("data"), dir,
                new LienthongProperties.Intake(DataSize.ofMegabytes(50)), null);
        authenticator = new PartnerAuthenticator(new ConnectorRegistry(properties, TransportProviders.discovered(),
                event -> { }, new DefaultListableBeanFactory().getBeanProvider(ConnectorVeto.class),
                new StandardEnvironment()));
    }

    @Test
    void anApiKeyAloneNamesItsConnector() {
        assertThat(authenticator.authenticate(new PartnerCredentials(DISTRICT_KEY, null)).id())
                .isEqualTo("phong-gddt-thach-ha");
    }

    @Test
    void aBoundCertificateAloneNamesItsConnector() {
        assertThat(authenticator.authenticate(new PartnerCredentials(null, departmentCertificate)).id())
                .isEqualTo("so-gddt-ha-tinh");
    }

    @Test
    void aKeyAndACertificateOfTheSameConnectorAreAccepted() {
        assertThat(authenticator.authenticate(new PartnerCredentials(DEPARTMENT_KEY, departmentCertificate)).id())
                .isEqualTo("so-gddt-ha-tinh");
    }

    @Test
    void aKeyAndACertificateOfDifferentConnectorsAreRefused() {
        assertThatThrownBy(() -> authenticator.authenticate(new PartnerCredentials(DISTRICT_KEY, departmentCertificate)))
                .isInstanceOf(PartnerAuthenticationException.class)
                .hasMessageContaining("bound to different connectors");
    }

    @Test
    void anUnboundCertificateIsRefusedWithItsFingerprint() {
        assertThatThrownBy(() -> authenticator.authenticate(new PartnerCredentials(null, unboundCertificate)))
                .isInstanceOf(PartnerAuthenticationException.class)
                .hasMessageContaining("SHA-256 " + fingerprint(unboundCertificate))
                .hasMessageContaining("inbound.client-certificate-sha256");
    }

    @Test
    void anUnboundCertificateIsRefusedEvenWithAValidKey() {
        assertThatThrownBy(() -> authenticator.authenticate(new PartnerCredentials(DISTRICT_KEY, unboundCertificate)))
                .isInstanceOf(PartnerAuthenticationException.class)
                .hasMessageContaining("is not bound to any connector");
    }

    @Test
    void noCredentialAtAllIsRefused() {
        assertThatThrownBy(() -> authenticator.authenticate(new PartnerCredentials(" ", null)))
                .isInstanceOf(PartnerAuthenticationException.class)
                .hasMessageContaining("missing X-API-Key header (or a TLS client certificate");
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return PackageDigest.sha256Hex(certificate.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String relative) {
        try (InputStream in = Files.newInputStream(SamplePki.file(relative))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
