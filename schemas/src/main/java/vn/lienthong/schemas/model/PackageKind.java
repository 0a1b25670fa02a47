package vn.lienthong.schemas.model;

/** The two kinds of edXML package that share one root element and header. */
public enum PackageKind {
    /** A document with its attachments (EDXML.md §3). */
    DOCUMENT,
    /** A status message about a document sent earlier (EDXML.md §4); recognised by its StatusCode. */
    STATUS
}
