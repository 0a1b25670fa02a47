package vn.lienthong.signatures;

/** Signs an edXML package as one organisation; one implementation instance per organisation key. */
public interface MessageSigner {

    /**
     * The package with an XML-DSig signature over all of it appended to its edXMLHeader.
     *
     * @throws SigningException when the package cannot be signed (not edXML, already signed, not UTF-8)
     */
    byte[] sign(byte[] packageBytes);
}
