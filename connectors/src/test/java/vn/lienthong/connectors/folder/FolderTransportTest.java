package vn.lienthong.connectors.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.spi.RetryPolicy;
import vn.lienthong.connectors.spi.SignatureVerifyMode;
import vn.lienthong.connectors.spi.Timeouts;
import vn.lienthong.connectors.spi.TransportType;

/** The folder transport writes {@code <deliveryId>.xml} byte for byte, overwrites on re-delivery, leaves no temp file. */
class FolderTransportTest {

    private static final byte[] PACKAGE = "<edXML:edXML>Trường THPT Phan Đình Phùng</edXML:edXML>"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final FolderTransport transport = new FolderTransport();

    @Test
    void writesThePackageAsDeliveryIdDotXml() throws IOException {
        Path outbox = dir.resolve("thpt-phan-dinh-phung/outbox");

        DeliveryOutcome outcome = transport.send(connector(outbox, Map.of()), delivery("d-1", PACKAGE));

        assertThat(outcome.result()).isEqualTo(DeliveryOutcome.Result.ACCEPTED);
        assertThat(Files.readAllBytes(outbox.resolve("d-1.xml"))).isEqualTo(PACKAGE);
        assertThat(listing(outbox)).containsExactly("d-1.xml");
    }

    @Test
    void aRedeliveryOverwritesInsteadOfDuplicating() throws IOException {
        Path outbox = dir.resolve("outbox");
        transport.send(connector(outbox, Map.of()), delivery("d-2", "cũ".getBytes(StandardCharsets.UTF_8)));

        transport.send(connector(outbox, Map.of()), delivery("d-2", PACKAGE));

        assertThat(listing(outbox)).containsExactly("d-2.xml");
        assertThat(Files.readAllBytes(outbox.resolve("d-2.xml"))).isEqualTo(PACKAGE);
    }

    @Test
    void anUnwritableOutboxIsATransientFailure() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "tệp");

        DeliveryOutcome outcome = transport.send(connector(blocker.resolve("outbox"), Map.of()), delivery("d-3", PACKAGE));

        assertThat(outcome.result()).isEqualTo(DeliveryOutcome.Result.TRANSIENT_FAILURE);
        assertThat(outcome.detail()).contains("d-3.xml");
    }

    @Test
    void inboxDoneAndErrorDefaultBesideTheOutboxAndFollowOptions() {
        Path outbox = dir.resolve("thach-ha/outbox");

        FolderLayout defaults = FolderLayout.of(connector(outbox, Map.of()));
        FolderLayout configured = FolderLayout.of(connector(outbox, Map.of("inbox", "den", "error", "/srv/loi")));

        assertThat(defaults.inbox()).isEqualTo(dir.resolve("thach-ha/inbox"));
        assertThat(defaults.done()).isEqualTo(dir.resolve("thach-ha/done"));
        assertThat(defaults.error()).isEqualTo(dir.resolve("thach-ha/error"));
        assertThat(configured.inbox()).isEqualTo(dir.resolve("connectors/den"));
        assertThat(configured.error()).isEqualTo(Path.of("/srv/loi"));
    }

    private ConnectorDefinition connector(Path outbox, Map<String, String> options) {
        return new ConnectorDefinition("thpt-phan-dinh-phung", "Trường THPT Phan Đình Phùng", List.of("000.30.21.H53"),
                TransportType.of("folder"), outbox.toUri(), null, RetryPolicy.DEFAULT, SignatureVerifyMode.OPTIONAL,
                false,
                Timeouts.DEFAULT, 1, dir.resolve("connectors/thpt-phan-dinh-phung.yaml"), options);
    }

    private static OutboundDelivery delivery(String id, byte[] bytes) {
        return new OutboundDelivery(id, "m-" + id, "000.00.13.H53,2026/11/20,123/QĐ-SGDĐT", "thpt-phan-dinh-phung",
                List.of("000.30.21.H53"), bytes, 1);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
