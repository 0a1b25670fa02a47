package vn.lienthong.simulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A school system that only reads a shared folder: it picks up each package the gateway's {@code folder} transport
 * wrote to the outbox, moves it to {@code received/} beside it, and hands the bytes on (to a clerk, who answers over
 * REST, because the gateway's folder inbox takes documents only).
 */
public class FolderPartnerSimulator implements AutoCloseable {

    private final Path outbox;
    private final Path received;
    private final List<byte[]> packages = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "folder-partner");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Consumer<byte[]> listener = p -> { };

    private FolderPartnerSimulator(Path outbox) throws IOException {
        this.outbox = Files.createDirectories(outbox);
        this.received = Files.createDirectories(outbox.resolveSibling("received"));
    }

    /** Starts polling {@code outbox} (created if missing) at the given interval. */
    public static FolderPartnerSimulator start(Path outbox, Duration pollInterval) throws IOException {
        FolderPartnerSimulator simulator = new FolderPartnerSimulator(outbox);
        simulator.poller.scheduleWithFixedDelay(simulator::pickUp, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        return simulator;
    }

    public Path outbox() {
        return outbox;
    }

    /** Called with the bytes of every package picked up. */
    public void onReceive(Consumer<byte[]> listener) {
        this.listener = listener;
    }

    /** Packages picked up so far. */
    public List<byte[]> received() {
        return List.copyOf(packages);
    }

    private void pickUp() {
        try (Stream<Path> files = Files.list(outbox)) {
            // The transport writes a hidden .part file and renames it, so a visible *.xml is always complete.
            for (Path file : files.filter(FolderPartnerSimulator::isPackage).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Files.move(file, received.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                packages.add(bytes);
                listener.accept(bytes);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // A share that is briefly unavailable or a foreign file must not stop the polling.
            System.err.println("Folder partner " + outbox + ": " + e.getMessage());
        }
    }

    private static boolean isPackage(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && name.endsWith(".xml") && Files.isRegularFile(file);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
