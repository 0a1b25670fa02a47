package vn.lienthong.signatures;

import java.util.List;

/**
 * A signature computed over a package, ready to be inserted as text just before the end tag of its edXMLHeader so
 * that every byte the sender wrote stays as it was.
 *
 * @param signature the XML-DSig Signature element as text, without an XML declaration
 * @param headerPath the qualified names from the root down to the edXMLHeader, as written (prefixes included)
 */
public record SignatureInsertion(String signature, List<String> headerPath) {

    public SignatureInsertion {
        headerPath = List.copyOf(headerPath);
    }
}
