package vn.lienthong.gateway.store;

import java.time.Instant;
import java.util.List;

import vn.lienthong.gateway.signature.SignatureOutcome;

/**
 * One accepted message waiting for the process stage: what intake learnt of it and the received bytes to sign;
 * closing it deletes the spool file a large package was read into.
 *
 * @param supersession what it does to earlier versions of its document, or null
 */
public record ProcessWork(String messageId, String kind, String senderAgency, Instant receivedAt,
                          SignatureOutcome signature, boolean carriesSignatureElement, List<NewMessage.Route> routes,
                          NewMessage.Supersession supersession, PackageContent received) implements AutoCloseable {

    public boolean isDocument() {
        return "DOCUMENT".equals(kind);
    }

    @Override
    public void close() {
        received.close();
    }
}
