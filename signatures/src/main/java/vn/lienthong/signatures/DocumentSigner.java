package vn.lienthong.signatures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;

import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Signs whole edXML packages as one organisation with an enveloped XML-DSig signature appended to edXMLHeader. */
public final class DocumentSigner implements MessageSigner {

    // Exclusive c14n, SHA-256 and RSA-SHA256 or ECDSA-SHA256 (P-256). The signature element is inserted into the
    // original text rather than re-serialising the DOM, so every byte the sender wrote stays as it was.

    private static final String P256_OID = "1.2.840.10045.3.1.7";
    private static final String DIGEST_SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private final SigningKey key;
    private final boolean includeIntermediates;
    private final String signatureAlgorithm;

    /** A signer whose KeyInfo carries the signer certificate only. */
    public DocumentSigner(SigningKey key) {
        this(key, false);
    }

    /**
     * A signer for {@code key}; with {@code includeIntermediates} the KeyInfo also carries the chain's CA
     * certificates below the root, for receivers that do not hold the intermediate themselves.
     */
    public DocumentSigner(SigningKey key, boolean includeIntermediates) {
        XmlSecurity.init();
        this.key = key;
        this.includeIntermediates = includeIntermediates;
        this.signatureAlgorithm = algorithmFor(key);
    }

    /** The XML-DSig SignatureMethod URI this signer writes. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    @Override
    public byte[] sign(byte[] packageBytes) {
        SignatureInsertion insertion = signatureFor(new ByteArrayInputStream(packageBytes));
        try {
            int insertAt = (int) HeaderSplice.endTagOffset(() -> new ByteArrayInputStream(packageBytes),
                    insertion.headerPath());
            ByteArrayOutputStream signed = new ByteArrayOutputStream(packageBytes.length + 4096);
            HeaderSplice.write(Arrays.copyOf(packageBytes, insertAt), insertion.signature(),
                    new ByteArrayInputStream(packageBytes, insertAt, packageBytes.length - insertAt), signed);
            return signed.toByteArray();
        } catch (IllegalArgumentException e) {
            throw new SigningException("cannot place the signature: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SignatureInsertion signatureFor(InputStream packageStream) {
        Document document = parse(packageStream);
        if (!"UTF-8".equalsIgnoreCase(document.getInputEncoding())) {
            throw new SigningException("package is encoded as " + document.getInputEncoding()
                    + "; only UTF-8 is signed");
        }
        Element header = EdxmlNames.header(document).orElseThrow(() -> new SigningException(
                "package has no single edXML/edXMLEnvelope/edXMLHeader to carry the signature"));
        refuseExistingSignature(document);
        Element signature = buildSignature(document, header);
        Element envelope = (Element) header.getParentNode();
        return new SignatureInsertion(XmlSecurity.toText(signature), List.of(
                document.getDocumentElement().getTagName(), envelope.getTagName(), header.getTagName()));
    }

    private Element buildSignature(Document document, Element header) {
        try {
            XMLSignature signature = new XMLSignature(document, "", signatureAlgorithm,
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            // Appended last in edXMLHeader before signing: the enveloped transform then removes exactly this element.
            header.appendChild(signature.getElement());
            Transforms transforms = new Transforms(document);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("", transforms, DIGEST_SHA256);
            X509Data x509Data = new X509Data(document);
            for (X509Certificate certificate : keyInfoCertificates()) {
                x509Data.addCertificate(certificate);
            }
            signature.getKeyInfo().add(x509Data);
            signature.sign(key.privateKey());
            dropCarriageReturns(signature.getElement());
            return signature.getElement();
        } catch (XMLSecurityException e) {
            throw new SigningException("cannot sign for " + key.agency() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Santuario wraps base64 with CRLF, which a serialiser must write as {@code &#13;}; some receivers choke on that.
     * SignatureValue and KeyInfo are outside SignedInfo, so their line ends can change without touching the signature.
     */
    private static void dropCarriageReturns(Element signature) {
        for (String name : List.of("SignatureValue", "X509Certificate")) {
            NodeList elements = signature.getElementsByTagNameNS(Constants.SignatureSpecNS, name);
            for (int i = 0; i < elements.getLength(); i++) {
                Node element = elements.item(i);
                element.setTextContent(element.getTextContent().replace("\r", ""));
            }
        }
    }

    private List<X509Certificate> keyInfoCertificates() {
        if (!includeIntermediates) {
            return List.of(key.certificate());
        }
        // The root is left out: a receiver must trust it already, so sending it only invites confusion.
        return key.chain().stream()
                .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal())).toList();
    }

    private static void refuseExistingSignature(Document document) {
        int dsig = document.getElementsByTagNameNS(Constants.SignatureSpecNS, EdxmlNames.SIGNATURE).getLength();
        int legacy = document.getElementsByTagNameNS(EdxmlNames.NS, EdxmlNames.SIGNATURE).getLength()
                + EdxmlNames.unqualifiedSignatures(document);
        if (dsig + legacy > 0) {
            // A second signature would make the package unverifiable under the one-signature rule, so the caller
            // must decide explicitly to strip the old one.
            throw new SigningException("package already carries a Signature element; remove it before signing again");
        }
    }

    private static Document parse(InputStream packageStream) {
        try {
            return XmlSecurity.parse(packageStream);
        } catch (SAXException | IOException e) {
            throw new SigningException("package is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String algorithmFor(SigningKey key) {
        if (key.privateKey() instanceof RSAKey) {
            return XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
        }
        if (key.privateKey() instanceof ECKey ecKey && P256_OID.equals(curveOid(ecKey))) {
            return XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256;
        }
        throw new SigningException("signing key of " + key.agency() + " is " + key.privateKey().getAlgorithm()
                + "; only RSA and EC P-256 keys are supported");
    }

    private static String curveOid(ECKey key) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(key.getParams());
            return parameters.getParameterSpec(ECGenParameterSpec.class).getName();
        } catch (GeneralSecurityException e) {
            return "unknown curve";
        }
    }
}
