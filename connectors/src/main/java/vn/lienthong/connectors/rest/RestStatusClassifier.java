package vn.lienthong.connectors.rest;

import vn.lienthong.connectors.spi.DeliveryOutcome;

/** Maps an HTTP status to an outcome exactly as ARCHITECTURE.md's outbound {@code rest} transport defines it. */
public final class RestStatusClassifier {

    private RestStatusClassifier() {
    }

    /** 2xx accepted; 408, 429 and 5xx transient; any other status a permanent refusal. */
    public static DeliveryOutcome classify(int status, String responseBody) {
        String detail = "HTTP " + status + (responseBody == null || responseBody.isBlank() ? "" : ": " + responseBody);
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.accepted(status, detail);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return DeliveryOutcome.transientFailure(status, detail);
        }
        return DeliveryOutcome.permanentRefusal(status, detail);
    }
}
