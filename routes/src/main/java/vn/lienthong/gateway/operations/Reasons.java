package vn.lienthong.gateway.operations;

/** Every operator action says why: the reason goes to the audit log for whoever reads it later. */
public final class Reasons {

    private Reasons() {
    }

    public static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "required: say why, it goes to the audit log", reason);
        }
        return reason.strip();
    }
}
