package vn.lienthong.simulators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The systems registered on the simulated national platform (id, secret, the agencies each sends as and receives
 * for) and the packages waiting for each of them, as the platform keeps them per receiving system.
 */
final class VdxpSimulatedSystems {

    /** One registered system; an empty agency list means "any sender, receives nothing routed by agency". */
    record SimulatedSystem(String id, String secret, List<String> agencies) {
    }

    /**
     * One package waiting for a system.
     *
     * @param status {@code initial}, then {@code processing} after an updateStatus that says so
     */
    record Held(String docId, String messageType, String from, String to, byte[] pkg, Instant createdAt,
                Instant updatedAt, String status) {

        Held withStatus(String newStatus, Instant at) {
            return new Held(docId, messageType, from, to, pkg, createdAt, at, newStatus);
        }
    }

    private final Map<String, SimulatedSystem> systems = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Held>> mailboxes = new ConcurrentHashMap<>();
    private volatile String first;

    void register(String id, String secret, List<String> agencies) {
        systems.put(id, new SimulatedSystem(id, secret, List.copyOf(agencies)));
        mailboxes.computeIfAbsent(id, k -> new LinkedHashMap<>());
        if (first == null) {
            first = id;
        }
    }

    /** The system registered first: the one a plain {@code hold} makes a package wait for. */
    String first() {
        return first;
    }

    Optional<String> secretOf(String systemId) {
        return Optional.ofNullable(systems.get(systemId)).map(SimulatedSystem::secret);
    }

    Optional<SimulatedSystem> system(String systemId) {
        return Optional.ofNullable(systems.get(systemId));
    }

    /** The system that receives for {@code agency}, when one is registered for it. */
    Optional<String> receiverOf(String agency) {
        return systems.values().stream().filter(s -> s.agencies().contains(agency)).map(SimulatedSystem::id)
                .findFirst();
    }

    void hold(String systemId, Held held) {
        Map<String, Held> mailbox = mailboxes.computeIfAbsent(systemId, k -> new LinkedHashMap<>());
        synchronized (mailbox) {
            mailbox.put(held.docId(), held);
        }
    }

    /** What waits for a system, oldest first; {@code messageType} null for every type. */
    List<Held> waiting(String systemId, String messageType) {
        Map<String, Held> mailbox = mailboxes.getOrDefault(systemId, Map.of());
        synchronized (mailbox) {
            return new ArrayList<>(mailbox.values()).stream()
                    .filter(h -> messageType == null || h.messageType().equalsIgnoreCase(messageType)).toList();
        }
    }

    Optional<Held> get(String systemId, String docId) {
        Map<String, Held> mailbox = mailboxes.getOrDefault(systemId, Map.of());
        synchronized (mailbox) {
            return Optional.ofNullable(mailbox.get(docId));
        }
    }

    /** done / fail take the package off the list; processing keeps it, marked. */
    boolean update(String systemId, String docId, String status, Instant at) {
        Map<String, Held> mailbox = mailboxes.getOrDefault(systemId, Map.of());
        synchronized (mailbox) {
            Held held = mailbox.get(docId);
            if (held == null) {
                return false;
            }
            if ("processing".equals(status)) {
                mailbox.put(docId, held.withStatus(status, at));
            } else {
                mailbox.remove(docId);
            }
            return true;
        }
    }
}
