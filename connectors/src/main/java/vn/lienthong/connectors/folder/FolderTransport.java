package vn.lienthong.connectors.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import vn.lienthong.connectors.spi.DeliveryOutcome;
import vn.lienthong.connectors.spi.OutboundDelivery;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.ConnectorDefinition;

/**
 * The {@code folder} transport for legacy systems that read a shared directory: each package is written as
 * {@code <deliveryId>.xml} in the connector's outbox, atomically, so the partner never sees half a file and a
 * re-delivery overwrites the same file instead of adding a duplicate.
 */
public class FolderTransport implements Transport {

    /** Every I/O error (full disk, unmounted share, permissions) may pass, so it is a transient failure. */
    @Override
    public DeliveryOutcome send(ConnectorDefinition connector, OutboundDelivery delivery) {
        Path outbox = FolderLayout.of(connector).outbox();
        Path target = outbox.resolve(delivery.deliveryId() + ".xml");
        try {
            Files.createDirectories(outbox);
            writeAtomically(target, delivery.packageBytes());
            return DeliveryOutcome.accepted(null, "written to " + target);
        } catch (IOException | RuntimeException e) {
            return DeliveryOutcome.transientFailure(null, "cannot write " + target + ": " + e);
        }
    }

    /**
     * Writes beside the target under a hidden {@code .part} name, forces it to disk, then renames: a rename within
     * one directory is atomic, and the hidden name keeps a partner's {@code *.xml} pick-up away from it meanwhile.
     */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
