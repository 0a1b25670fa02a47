package vn.lienthong.signatures;

import java.io.InputStream;

/** Signs an edXML package as one organisation; one implementation instance per organisation key. */
public interface MessageSigner {

    /**
     * The package with an XML-DSig signature over all of it appended to its edXMLHeader.
     *
     * @throws SigningException when the package cannot be signed (not edXML, already signed, not UTF-8)
     */
    byte[] sign(byte[] packageBytes);

    /**
     * The same signature for a package too large to hold as bytes, read from {@code packageStream} (not closed):
     * the caller inserts its text just before the end tag of the edXMLHeader (see {@link HeaderEndLocator}).
     *
     * @throws SigningException as {@link #sign(byte[])}
     */
    SignatureInsertion signatureFor(InputStream packageStream);
}
