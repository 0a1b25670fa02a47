package vn.lienthong.connectors.vdxp;

/**
 * A request the platform (or Lienthong answering as the platform) refuses: the answer's {@code ErrorCode} and an
 * {@code ErrorDesc} that names the element, the rule and the value.
 */
public class VdxpRefusal extends RuntimeException {

    private static final int MAX_QUOTED = 100;

    private final VdxpErrorCode code;

    public VdxpRefusal(VdxpErrorCode code, String description) {
        super(description);
        this.code = code;
    }

    /** A refusal worded {@code element: rule (was "value")}, the value cut to a hundred characters. */
    public static VdxpRefusal of(VdxpErrorCode code, String element, String rule, String value) {
        String quoted = value == null ? "" : " (was \"" + shorten(value) + "\")";
        return new VdxpRefusal(code, element + ": " + rule + quoted);
    }

    public VdxpErrorCode code() {
        return code;
    }

    private static String shorten(String value) {
        return value.codePointCount(0, value.length()) <= MAX_QUOTED ? value
                : value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED)) + "…";
    }
}
