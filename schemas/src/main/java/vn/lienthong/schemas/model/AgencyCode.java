package vn.lienthong.schemas.model;

import java.util.regex.Pattern;

/**
 * The agency identifier code (mã định danh) of QCVN 102:2016, the one place that knows its shape.
 *
 * <p>A code reads {@code AAA.BB.CC.DDD} with the most significant level on the right:
 * <ul>
 *   <li>{@code DDD}, level 1: a letter and two digits, {@code G..} for ministries and central bodies,
 *       {@code H..} for provinces (e.g. {@code 000.00.00.G22}, the Government Office);</li>
 *   <li>{@code CC}, level 2: a unit under the level 1 body (e.g. {@code 000.00.13.H53}, a provincial department);</li>
 *   <li>{@code BB}, level 3: a unit under that (e.g. {@code 000.20.31.H53});</li>
 *   <li>{@code AAA}, level 4: a unit under level 3.</li>
 * </ul>
 * Lower levels are {@code 0}s when unused; a child keeps its parent's right-hand parts.
 */
public final class AgencyCode {

    /** Printed in rule texts so a sender sees the expected shape. */
    public static final String PATTERN_DESCRIPTION = "AAA.BB.CC.DDD";

    /**
     * The shape as a regular expression, for the places that need it as text: Bean Validation's {@code @Pattern} of a
     * settings record, and the connector file's JSON Schema (whose agency patterns a test holds to this one).
     */
    public static final String REGEX = "[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}";

    private static final Pattern FORMAT = Pattern.compile(REGEX);

    private AgencyCode() {
    }

    /** Whether {@code code} has the shape {@code AAA.BB.CC.DDD}; says nothing about whether the agency exists. */
    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
