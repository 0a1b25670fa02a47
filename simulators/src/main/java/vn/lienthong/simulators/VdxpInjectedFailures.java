package vn.lienthong.simulators;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

/** FAIL answers a test asked the simulated platform to give to the next calls of an operation. */
final class VdxpInjectedFailures {

    /** One answer to give instead of doing the work. */
    record Injected(int httpStatus, byte[] json) {
    }

    private final Map<String, Deque<Injected>> pending = new LinkedHashMap<>();

    synchronized void add(String operation, int times, int httpStatus, String errorCode, String description) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("status", "FAIL");
        answer.put("ErrorCode", errorCode);
        answer.put("ErrorDesc", description);
        byte[] json;
        try {
            json = SimulatorHttp.JSON.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Deque<Injected> queue = pending.computeIfAbsent(operation, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Injected(httpStatus, json));
        }
    }

    synchronized Optional<Injected> take(String operation) {
        Deque<Injected> queue = pending.get(operation);
        return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
    }
}
