package vn.lienthong.schemas.read;

/** Local names of the edXML elements the reader's normalising steps look for. */
final class ParsedNames {

    static final String ENVELOPE = "edXMLEnvelope";
    static final String HEADER = "edXMLHeader";
    static final String MESSAGE_HEADER = "MessageHeader";
    static final String STATUS = "Status";
    static final String TRACE_HEADER_LIST = "TraceHeaderList";
    static final String SIGNATURE = "Signature";

    private ParsedNames() {
    }
}
