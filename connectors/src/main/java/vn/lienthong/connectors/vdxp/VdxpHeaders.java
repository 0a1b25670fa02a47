package vn.lienthong.connectors.vdxp;

/**
 * Names and fixed values of the national platform's client API as the platform's Java SDK ({@code SDKVXP} 2.0.1,
 * classes {@code VnptService} and {@code KnobstickServiceImp}) sends them: every parameter is an entry of one map,
 * sent as the header {@code XroadVnpt-<key>} and signed; see {@code docs/formats/VDXP-PROTOCOL.md}.
 */
public final class VdxpHeaders {

    /** Prefix of every map entry's header and of every member of the signed JSON. */
    public static final String PREFIX = "XroadVnpt-";
    /** The signed JSON text itself (VnptService.addXroadVnptHashHeader). */
    public static final String SIGN_HEADER = PREFIX + "sign-header";
    /** The signed keys, without prefix, joined by {@code ;}. */
    public static final String SIGN_HEADER_KEY = PREFIX + "sign-header-key";
    /** Lower-case hex HMAC-SHA256 of {@link #SIGN_HEADER}'s text under the system's secret. */
    public static final String HASH_HEADER = PREFIX + "hash-header";
    /** Unsigned protocol version header the SDK adds to every request. */
    public static final String VERSION = PREFIX + "version";
    public static final String VERSION_VALUE = "3.0.201608";
    /**
     * The SDK's own User-Agent. Lienthong's client sends the same, because the platform is known to accept it and
     * nothing says whether it looks at it (a choice: VDXP-PROTOCOL.md, "Choices").
     */
    public static final String USER_AGENT_VALUE = "JAVASDKAgent/1.0.0 XRoad/VPCP";

    /** Map keys, as the SDK and its callers spell them (the JSON members keep this case). */
    public static final String SYSTEM_ID = "systemid";
    public static final String TIMESTAMP = "timestamp";
    public static final String CONTENT_TYPE = "Content-Type";
    public static final String SERVICE_TYPE = "servicetype";
    public static final String MESSAGE_TYPE = "messagetype";
    public static final String FROM = "from";
    public static final String TO = "to";
    /** getEdoc's key (SDK example, Bkav integrator); updateStatus's callers write it {@link #DOC_ID_LOWER}. */
    public static final String DOC_ID = "docId";
    public static final String DOC_ID_LOWER = "docid";
    public static final String STATUS = "status";
    /** sendEdoc's SHA-256 of the file, hex without zero padding (KnobstickServiceImp.createContentHA256). */
    public static final String HASH_FILE = "hash-file";
    /** Lienthong's own key: the reason of an updateStatus {@code fail}, non-ASCII \\u-escaped (a choice). */
    public static final String DESCRIPTION = "description";

    public static final String SERVICE_EDOC = "eDoc";
    public static final String TYPE_EDOC = "edoc";
    public static final String TYPE_STATUS = "status";
    public static final String STATUS_DONE = "done";
    public static final String STATUS_FAIL = "fail";
    public static final String STATUS_PROCESSING = "processing";

    public static final String JSON = "application/json";
    public static final String OCTET_STREAM = "application/octet-stream";

    private VdxpHeaders() {
    }

    /** The header that carries map entry {@code key}. */
    public static String header(String key) {
        return PREFIX + key;
    }
}
