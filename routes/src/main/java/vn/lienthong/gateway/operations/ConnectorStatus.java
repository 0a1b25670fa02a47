package vn.lienthong.gateway.operations;

import java.time.Instant;
import java.util.List;

/**
 * One connector as operators watch it.
 *
 * @param queueDepth work messages ready on its queue (-1: the broker could not be asked)
 * @param paused its dispatch route is suspended: work waits on the queue until it is resumed
 */
public record ConnectorStatus(String id, String name, String transport, List<String> agencies, int queueDepth,
                              Instant lastSuccessAt, Instant lastErrorAt, String lastError, int consecutiveFailures,
                              boolean paused) {
}
