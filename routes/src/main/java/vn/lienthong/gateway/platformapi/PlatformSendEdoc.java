package vn.lienthong.gateway.platformapi;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.connectors.vdxp.VdxpErrorCode;
import vn.lienthong.connectors.vdxp.VdxpHeaders;
import vn.lienthong.connectors.vdxp.VdxpRefusal;
import vn.lienthong.gateway.api.PartnerLimits;
import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.gateway.intake.InboundPackage;
import vn.lienthong.gateway.intake.IntakeReceipt;
import vn.lienthong.gateway.intake.IntakeService;
import vn.lienthong.gateway.store.PackageContent;

/**
 * The platform-compatible API's intake adapter: sendEdoc's raw body, checked against its {@code hash-file}, goes
 * through the same pipeline as REST, a document or (with {@code messagetype: status}) a status package, sent by the
 * caller's connector, which may send only as its own agencies.
 */
@Component
public class PlatformSendEdoc {

    /** Recorded as the channel of packages pushed through the platform-compatible API with the platform's SDK. */
    public static final Channel CHANNEL = Channel.of("PLATFORM_API");

    /** What sendEdoc must sign: the integrators pass {@code from}, {@code servicetype} and {@code messagetype}. */
    static final List<String> REQUIRED_KEYS = List.of(VdxpHeaders.SYSTEM_ID, VdxpHeaders.TIMESTAMP,
            VdxpHeaders.HASH_FILE, VdxpHeaders.FROM, VdxpHeaders.MESSAGE_TYPE);

    private final PartnerLimits limits;
    private final IntakeService intake;
    private final SendEdocBody bodies;
    private final Clock clock;

    public PlatformSendEdoc(PartnerLimits limits, IntakeService intake, SendEdocBody bodies, Clock clock) {
        this.limits = limits;
        this.intake = intake;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The cheap refusals first (sender, message type, rate), then the body, then the pipeline. */
    public IntakeReceipt receive(PlatformCaller caller, HttpServletRequest request) throws IOException {
        ConnectorDefinition partner = caller.connector();
        String from = caller.request().value(VdxpHeaders.FROM).orElseThrow();
        if (!partner.agencies().contains(from)) {
            throw VdxpRefusal.of(VdxpErrorCode.SENDER_NOT_ALLOWED, VdxpHeaders.header(VdxpHeaders.FROM),
                    "sender-authorised: one of the agencies of connector " + partner.id() + " " + partner.agencies(),
                    from);
        }
        boolean status = isStatus(caller.request().value(VdxpHeaders.MESSAGE_TYPE).orElseThrow());
        limits.admit(partner);
        String hashFile = caller.request().value(VdxpHeaders.HASH_FILE).orElseThrow();
        try (PackageContent body = limits.readBody(partner, request);
             PackageContent pkg = bodies.packageIn(body, hashFile);
             InboundPackage input = new InboundPackage(pkg, CHANNEL, partner, clock.instant())) {
            return status ? intake.receiveStatus(input) : intake.receiveDocument(input);
        }
    }

    private static boolean isStatus(String messageType) {
        String type = messageType.strip().toLowerCase(Locale.ROOT);
        if (!type.equals(VdxpHeaders.TYPE_EDOC) && !type.equals(VdxpHeaders.TYPE_STATUS)) {
            throw VdxpRefusal.of(VdxpErrorCode.INVALID_HEADER, VdxpHeaders.header(VdxpHeaders.MESSAGE_TYPE),
                    "edoc-or-status", messageType);
        }
        return type.equals(VdxpHeaders.TYPE_STATUS);
    }
}
