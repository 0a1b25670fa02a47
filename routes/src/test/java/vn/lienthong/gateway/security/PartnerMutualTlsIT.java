package vn.lienthong.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.Base64;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.GatewayIT;
import vn.lienthong.gateway.support.SamplePackages;
import vn.lienthong.gateway.support.SamplePki;

/**
 * The partners' HTTPS port requires a client certificate; a certificate bound to a connector authenticates it on
 * REST and SOAP without an API key, and any other certificate or a conflicting key is refused with 401.
 */
class PartnerMutualTlsIT extends GatewayIT {

    private static final int TLS_PORT = freePort();

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        String bundle = "spring.ssl.bundle.jks.partners.";
        registry.add("lienthong.tls.port", () -> TLS_PORT);
        registry.add("lienthong.tls.bundle", () -> "partners");
        registry.add(bundle + "keystore.location", () -> "file:" + SamplePki.file("tls/server.p12"));
        registry.add(bundle + "keystore.password", () -> SamplePki.PASSWORD);
        registry.add(bundle + "keystore.type", () -> "PKCS12");
        registry.add(bundle + "key.alias", () -> "server");
        registry.add(bundle + "truststore.location", () -> "file:" + SamplePki.file("trust/truststore.p12"));
        registry.add(bundle + "truststore.password", () -> SamplePki.PASSWORD);
        registry.add(bundle + "truststore.type", () -> "PKCS12");
    }

    @Test
    void theDepartmentsCertificateAloneSendsAndFollowsItsDocument() throws Exception {
        HttpClient department = client("tls/client-so-gddt.p12");

        HttpResponse<String> posted = department.send(post("/api/v1/documents",
                SamplePackages.validDocumentNumbered(8101), null), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(202);
        String id = posted.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> followed = department.send(HttpRequest.newBuilder(uri("/api/v1/documents/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("\"id\":\"" + id + "\"", "000.20.31.H53");
        assertThat(jdbc.sql("select sender_connector from messages where id = ?").param(id).query(String.class)
                .single()).isEqualTo("so-gddt-ha-tinh");
    }

    @Test
    void aTrustedCertificateBoundToNoConnectorIsUnauthenticated() throws Exception {
        long before = rows("messages");

        HttpResponse<String> response = client("orgs/bo-gddt.p12").send(post("/api/v1/documents",
                SamplePackages.validDocumentNumbered(8102), null), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:lienthong:problem:unauthenticated",
                "is not bound to any connector (inbound.client-certificate-sha256)",
                ConnectorFiles.certificateSha256(SamplePki.file("orgs/bo-gddt.pem")));
        assertThat(rows("messages")).isEqualTo(before);
    }

    @Test
    void aKeyOfAnotherConnectorBesideTheCertificateIsUnauthenticated() throws Exception {
        HttpResponse<String> response = client("tls/client-so-gddt.p12").send(post("/api/v1/documents",
                SamplePackages.validDocumentNumbered(8103), ConnectorFiles.DISTRICT_KEY),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("bound to different connectors");
    }

    @Test
    void withoutAClientCertificateNoHandshakeCompletes() {
        assertThatThrownBy(() -> client(null).send(post("/api/v1/documents",
                SamplePackages.validDocumentNumbered(8104), ConnectorFiles.DEPARTMENT_KEY),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void soapAcceptsTheCertificateToo() throws Exception {
        String envelope = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/' "
                + "xmlns:d='urn:lienthong:soap:documents:1'><soap:Body><d:SendDocument><d:package>"
                + Base64.getEncoder().encodeToString(SamplePackages.validDocumentNumbered(8105))
                + "</d:package></d:SendDocument></soap:Body></soap:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(uri("/soap/documents"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:lienthong:soap:documents:1#SendDocument\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();

        HttpResponse<String> response = client("tls/client-so-gddt.p12").send(request,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("SendDocumentResponse", "ACCEPTED");
    }

    private static HttpRequest post(String path, byte[] body, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        return builder.build();
    }

    private static URI uri(String path) {
        return URI.create("https://localhost:" + TLS_PORT + path);
    }

    /** A client trusting the sample root, presenting the key of {@code p12} (none when null). */
    private static HttpClient client(String p12) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(p12 == null ? null : load(p12), SamplePki.PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("trust/truststore.p12"));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }

    private static KeyStore load(String p12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(SamplePki.file(p12))) {
            store.load(in, SamplePki.PASSWORD.toCharArray());
        }
        return store;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
