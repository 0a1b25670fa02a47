package vn.lienthong.gateway.connector;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.LienthongProperties;

/**
 * Reloads the connectors when a file of {@code lienthong.connectors-dir} is created, changed or deleted, once the
 * directory has been quiet for the debounce time; a refused reload leaves the previous connectors in force.
 */
@Component
public class ConnectorDirectoryWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConnectorDirectoryWatcher.class);

    private final ConnectorRegistry registry;
    private final Path directory;
    private final ConnectorsWatchProperties settings;
    private volatile WatchService watcher;
    private volatile Thread thread;

    public ConnectorDirectoryWatcher(ConnectorRegistry registry, LienthongProperties properties,
                                     ConnectorsWatchProperties settings) {
        this.registry = registry;
        this.directory = properties.connectorsDir();
        this.settings = settings;
    }

    @Override
    public void start() {
        if (!settings.enabled() || !Files.isDirectory(directory)) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            log.warn("Cannot watch {} for connector changes: {}", directory, e.toString());
            return;
        }
        thread = new Thread(this::watch, "connector-watch");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for connector changes", directory.toAbsolutePath());
    }

    private void watch() {
        try {
            while (true) {
                drain(watcher.take());
                // Wait for quiet: every further event restarts the debounce period.
                for (WatchKey key = poll(); key != null; key = poll()) {
                    drain(key);
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure here (a route that will not start) must not end the watch: the next edit may fix it. */
    private void reload() {
        try {
            ConnectorReload result = registry.reload();
            if (result.applied()) {
                log.info("Connectors reloaded: added {}, removed {}, updated {}",
                        result.added(), result.removed(), result.updated());
            }
        } catch (RuntimeException e) {
            log.error("Connector reload failed part-way; fix the files and save again", e);
        }
    }

    private WatchKey poll() throws InterruptedException {
        return watcher.poll(settings.debounce().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void stop() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                log.debug("closing the connector watch", e);
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
