package vn.lienthong.schemas.model;

/**
 * One way a package departs from the project's canonical edXML that the reader tolerated (mapped onto the canonical
 * model in memory, the bytes untouched); see docs/formats/EDXML-PRODUCERS.md for where each is seen.
 */
public enum ShapeTrait {
    /** Business, BusinessDocType, BusinessDocReason, BusinessDocumentInfo (Bkav's SDK) read as Bussiness… */
    BUSINESS_SPELLING("Business… read as Bussiness…"),
    /** From/To OrganInCharge (Bkav's SDK) read as OrganizationInCharge. */
    ORGAN_IN_CHARGE("OrganInCharge read as OrganizationInCharge"),
    /** TraceHeaderList with its Bussiness block before the TraceHeaders, as the EdXML102 family's builder writes it. */
    BUSINESS_BEFORE_TRACE_HEADERS("Bussiness before the TraceHeaders"),
    /** Children of the header, trace list, business block or manifest in another order than the schema's. */
    CHILDREN_REORDERED("children in another order"),
    /** Dates or times written day first (dd/MM/yyyy), or a date written as a date-time. */
    DATES_REWRITTEN("dates in another form"),
    /** Attributes qualified with the edXML prefix (Bkav's edXML:version on the manifest). */
    QUALIFIED_ATTRIBUTES("edXML-qualified attributes"),
    /** A status as a MessageHeader carrying a StatusCode: the integrator's sample and the project's old shape. */
    STATUS_IN_MESSAGE_HEADER("status in a MessageHeader"),
    /** A Signature element in the edXML namespace (the eDoc integrator's samples): not XML-DSig. */
    EDXML_NAMESPACE_SIGNATURE("Signature in the edXML namespace"),
    /** A Signature element in no namespace with DigestMethod as text (Bkav's SDK): not XML-DSig. */
    NO_NAMESPACE_SIGNATURE("Signature in no namespace");

    private final String description;

    ShapeTrait(String description) {
        this.description = description;
    }

    /** A few words for logs and reports. */
    public String description() {
        return description;
    }
}
