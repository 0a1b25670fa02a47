package vn.lienthong.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.schemas.Fixtures;
import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.Violation;

/** A DOCTYPE is refused before anything it names is fetched: no file read, no network call. */
class XxeProtectionTest {

    private static final String SECRET = "lienthong-xxe-marker-7f3a";

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @TempDir
    Path tempDir;

    @BeforeEach
    void startCanary() throws IOException {
        // A loopback server that counts every request an entity resolver might make.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leaked \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopCanary() {
        server.stop(0);
    }

    @Test
    void theDoctypeFixtureIsRefused() {
        Violation v = single(Fixtures.bytes("invalid-doctype.xml"));

        assertThat(v.element()).isEqualTo("(document)");
        assertThat(v.rule()).isEqualTo("no-doctype");
        assertThat(v.value()).startsWith("line 3, column");
    }

    @Test
    void externalEntitiesAreNeitherReadNorFetched() throws IOException {
        Path secretFile = Files.writeString(tempDir.resolve("secret.txt"), SECRET);
        String canary = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        String attack = new String(Fixtures.bytes("invalid-doctype.xml"), StandardCharsets.UTF_8)
                .replace("file:///etc/passwd", secretFile.toUri().toString())
                .replace("http://127.0.0.1:1/", canary);
        assertThat(attack).contains(canary).contains(secretFile.toUri().toString());

        Violation v = single(attack.getBytes(StandardCharsets.UTF_8));

        assertThat(v.rule()).isEqualTo("no-doctype");
        assertThat(v.toString()).doesNotContain(SECRET);
        assertThat(requests).hasValue(0);
    }

    @Test
    void anExternalDtdIsNotFetched() {
        String canary = "http://127.0.0.1:" + server.getAddress().getPort() + "/edxml.dtd";
        String withDtd = new String(Fixtures.bytes("valid-status-03.xml"), StandardCharsets.UTF_8)
                .replace("?>", "?>\n<!DOCTYPE edXML:edXML SYSTEM \"" + canary + "\">");

        Violation v = single(withDtd.getBytes(StandardCharsets.UTF_8));

        assertThat(v.rule()).isEqualTo("no-doctype");
        assertThat(requests).hasValue(0);
    }

    @Test
    void xsiSchemaLocationIsNotFollowed() {
        String canary = "http://127.0.0.1:" + server.getAddress().getPort() + "/other.xsd";
        String withHint = new String(Fixtures.bytes("valid-status-03.xml"), StandardCharsets.UTF_8)
                .replace("<edXML:edXMLEnvelope>", "<edXML:edXMLEnvelope"
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:schemaLocation=\"urn:other " + canary + "\">"
                        + "<!-- a hint for another namespace -->")
                .replace("<edXML:Department>", "<o:Extra xmlns:o=\"urn:other\"/><edXML:Department>");

        // The foreign element is a schema error, but the validator must not have gone looking for its schema.
        catchThrowableOfType(() -> Fixtures.READER.read(withHint.getBytes(StandardCharsets.UTF_8)),
                PackageRejectedException.class);

        assertThat(requests).hasValue(0);
    }

    private static Violation single(byte[] bytes) {
        PackageRejectedException e = catchThrowableOfType(() -> Fixtures.READER.read(bytes),
                PackageRejectedException.class);
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }
}
