package vn.lienthong.connectors.vdxp;

import java.util.List;

/** Header names of the national platform's client API (EDXML.md §5): every parameter travels as a header. */
public final class VdxpHeaders {

    public static final String PREFIX = "XroadVnpt-";
    public static final String SYSTEM_ID = PREFIX + "systemid";
    public static final String TIMESTAMP = PREFIX + "timestamp";
    public static final String SERVICE_TYPE = PREFIX + "servicetype";
    public static final String MESSAGE_TYPE = PREFIX + "messagetype";
    public static final String FROM = PREFIX + "from";
    public static final String TO = PREFIX + "to";
    public static final String DOC_ID = PREFIX + "docId";
    public static final String STATUS = PREFIX + "status";
    /** Lower-case hex SHA-256 of the request body (the package for sendEdoc), bound into the HMAC. */
    public static final String SHA256 = PREFIX + "sha256";
    /** Base64 HMAC-SHA256 of {@link VdxpSignature#canonical}. */
    public static final String SIGNATURE = PREFIX + "signature";

    /** The headers the HMAC covers, in the order of the canonical rendering. */
    public static final List<String> SIGNED = List.of(SYSTEM_ID, TIMESTAMP, SERVICE_TYPE, MESSAGE_TYPE, FROM, TO,
            DOC_ID, STATUS, SHA256);

    public static final String SERVICE_EDOC = "eDoc";
    public static final String TYPE_EDOC = "edoc";
    public static final String TYPE_STATUS = "status";

    private VdxpHeaders() {
    }
}
