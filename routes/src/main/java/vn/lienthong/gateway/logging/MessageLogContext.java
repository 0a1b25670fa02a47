package vn.lienthong.gateway.logging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.MDC;

/**
 * The SLF4J MDC keys that tie every log line about one message together, set for the span of the work on it
 * and removed on {@link #close()}, so a pooled thread never carries them into the next message's lines.
 */
public final class MessageLogContext implements AutoCloseable {

    public static final String MESSAGE_ID = "messageId";
    public static final String DELIVERY_ID = "deliveryId";
    public static final String CONNECTOR = "connector";
    public static final String DOCUMENT_NUMBER = "documentNumber";

    private static final String[] KEYS = {MESSAGE_ID, DELIVERY_ID, CONNECTOR, DOCUMENT_NUMBER};

    private final Map<String, String> values = new LinkedHashMap<>();

    private MessageLogContext() {
    }

    /** Starts an empty context, first removing whatever an earlier piece of work left on this thread. */
    public static MessageLogContext open() {
        clearAll();
        return new MessageLogContext();
    }

    /** Adds one key; a null value (a document without a number) is left out rather than logged as "null". */
    public MessageLogContext with(String key, String value) {
        if (value != null) {
            values.put(key, value);
            MDC.put(key, value);
        }
        return this;
    }

    /** What this context has put, for tests and for handing the context to another thread. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    @Override
    public void close() {
        clearAll();
    }

    private static void clearAll() {
        for (String key : KEYS) {
            MDC.remove(key);
        }
    }
}
