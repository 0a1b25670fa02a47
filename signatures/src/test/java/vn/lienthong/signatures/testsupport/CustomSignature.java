package vn.lienthong.signatures.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.lienthong.signatures.SigningKey;

/**
 * Signs packages the way other producers do, including the ways this gateway must refuse: legacy rsa-sha1, a
 * reference to an Id, an extra Object with its own Reference. Built with Santuario directly, bypassing the profile.
 */
public final class CustomSignature {

    public static final String RSA_SHA1 = XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1;
    public static final String SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private final SigningKey key;
    private String signatureMethod = XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
    private String digestMethod = SHA256;
    private String c14n = Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS;
    private String referenceId;
    private boolean objectWithReference;

    private CustomSignature(SigningKey key) {
        this.key = key;
    }

    public static CustomSignature by(SigningKey key) {
        Init.init();
        return new CustomSignature(key);
    }

    /** rsa-sha1 with SHA-1 digests and inclusive c14n, as legacy producers sign. */
    public CustomSignature legacySha1() {
        signatureMethod = RSA_SHA1;
        digestMethod = SHA1;
        c14n = Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS;
        return this;
    }

    /** Signs only the MessageHeader, given {@code Id="{id}"}, through a Reference URI "#{id}". */
    public CustomSignature referencingMessageHeaderAs(String id) {
        referenceId = id;
        return this;
    }

    /** Adds a ds:Object with content and a second Reference to it. */
    public CustomSignature withObjectReference() {
        objectWithReference = true;
        return this;
    }

    /** The package signed with a Signature appended to edXMLHeader, re-serialised through the DOM. */
    public byte[] sign(byte[] packageBytes) {
        Document document = Packages.parse(packageBytes);
        try {
            Element header = Packages.only(document, Packages.EDXML_NS, "edXMLHeader");
            XMLSignature signature = new XMLSignature(document, "", signatureMethod, c14n);
            header.appendChild(signature.getElement());
            if (referenceId != null) {
                Element messageHeader = Packages.only(document, Packages.EDXML_NS, "MessageHeader");
                messageHeader.setAttributeNS(null, "Id", referenceId);
                messageHeader.setIdAttributeNS(null, "Id", true);
                signature.addDocument("#" + referenceId, transforms(document, false), digestMethod);
            } else {
                signature.addDocument("", transforms(document, true), digestMethod);
            }
            if (objectWithReference) {
                ObjectContainer object = new ObjectContainer(document);
                object.setId("extra");
                Element note = document.createElementNS(Packages.EDXML_NS, "edXML:Note");
                note.setTextContent("Đã phê duyệt");
                object.appendChild(note);
                signature.appendObject(object);
                signature.addDocument("#extra", transforms(document, false), digestMethod);
            }
            signature.addKeyInfo(key.certificate());
            signature.sign(key.privateKey());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Packages.serialize(document);
    }

    private List<String> transformList(boolean enveloped) {
        List<String> list = new ArrayList<>();
        if (enveloped) {
            list.add(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        }
        list.add(c14n);
        return list;
    }

    private Transforms transforms(Document document, boolean enveloped) throws Exception {
        Transforms transforms = new Transforms(document);
        for (String algorithm : transformList(enveloped)) {
            transforms.addTransform(algorithm);
        }
        return transforms;
    }
}
