package vn.lienthong.gateway.intake;

import java.util.Arrays;
import java.util.Optional;

/** The business document types of EDXML.md §3 that change what happens to an earlier version of a document. */
public enum BusinessDocType {
    REVOCATION("1", "DOCUMENT_REVOKED", "thu hồi"),
    UPDATE("2", "DOCUMENT_UPDATED", "cập nhật"),
    REPLACEMENT("3", "DOCUMENT_REPLACED", "thay thế");

    private final String code;
    private final String eventType;
    private final String vietnamese;

    BusinessDocType(String code, String eventType, String vietnamese) {
        this.code = code;
        this.eventType = eventType;
        this.vietnamese = vietnamese;
    }

    /** Type 0 (a new document) and anything absent have no effect on earlier deliveries. */
    public static Optional<BusinessDocType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public String eventType() {
        return eventType;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
