package vn.lienthong.gateway.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The alerts in force, as of the last check, held in memory: after a restart the first check raises what is still
 * true again, with new ids.
 */
@Component
public class ActiveAlerts {

    private final Map<String, Alert> active = new LinkedHashMap<>();

    /** Replaces the alerts in force with {@code found} and returns what was raised and what was resolved. */
    public synchronized List<AlertChange> update(List<Alert> found, Instant now) {
        List<AlertChange> changes = new ArrayList<>();
        Map<String, Alert> next = new LinkedHashMap<>();
        for (Alert condition : found) {
            Alert existing = active.get(condition.key());
            if (existing != null) {
                next.put(condition.key(), existing);
            } else if (!next.containsKey(condition.key())) {
                Alert raised = condition.raised(now);
                next.put(condition.key(), raised);
                changes.add(new AlertChange(raised, AlertChange.RAISED, now));
            }
        }
        active.keySet().stream().filter(key -> !next.containsKey(key))
                .forEach(key -> changes.add(new AlertChange(active.get(key), AlertChange.RESOLVED, now)));
        active.clear();
        active.putAll(next);
        return changes;
    }

    /** How many alerts of {@code kind} are in force. */
    public synchronized int count(AlertKind kind) {
        return (int) active.values().stream().filter(alert -> alert.kind() == kind).count();
    }

    /** The alerts in force, the oldest condition first. */
    public synchronized List<Alert> all() {
        return active.values().stream().sorted(Comparator.comparing(Alert::at)).toList();
    }
}
