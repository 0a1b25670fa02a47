package vn.lienthong.gateway.process;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.signature.OutboundSigner;
import vn.lienthong.gateway.store.ProcessWork;

/**
 * Prepares what the gateway sends, once per message: the organisation's signature and this hop's TraceHeader on an
 * unsigned package, nothing on one its sender signed ({@link OutboundSigner}).
 */
@Component
public class PackagePreparer {

    private final OutboundSigner signer;

    public PackagePreparer(OutboundSigner signer) {
        this.signer = signer;
    }

    public PreparedPackage prepare(ProcessWork work) {
        try {
            return new PreparedPackage(work, signer.outbound(work.received(), work.carriesSignatureElement(),
                    work.senderAgency(), work.signature(), work.receivedAt(), work.isDocument()));
        } catch (RuntimeException | Error e) {
            // The error handling decides what happens to the message; the spool file of a large one goes now, also when
            // the heap ran out while signing it.
            work.close();
            throw e;
        }
    }
}
