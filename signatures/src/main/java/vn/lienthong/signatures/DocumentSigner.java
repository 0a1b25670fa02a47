package vn.lienthong.signatures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.apache.jcp.xml.dsig.internal.dom.XMLDSigRI;
import org.apache.xml.security.utils.Constants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Signs whole edXML packages as one organisation with an enveloped XML-DSig signature appended to edXMLHeader. */
public final class DocumentSigner implements MessageSigner {

    // Exclusive c14n, SHA-256 and RSA-SHA256 or ECDSA-SHA256 (P-256). The package is read once as a stream for its
    // digest (CanonicalDigest), never as a DOM, and the signature element is inserted into the original text, so
    // every byte the sender wrote stays as it was and a 50 MB package costs no more heap than a small one.

    private static final String P256_OID = "1.2.840.10045.3.1.7";
    /** Santuario's JSR 105 provider, the same XML-DSig code the verifier runs, rather than the JDK's copy of it. */
    private static final Provider DSIG_PROVIDER = new XMLDSigRI();

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
        CanonicalDigest.Result digest = CanonicalDigest.of(packageStream);
        return new SignatureInsertion(XmlSecurity.toText(signatureOver(digest.sha256())), digest.headerPath());
    }

    /**
     * The Signature element for a package whose canonical form has this digest, built in a document of its own:
     * exclusive c14n makes SignedInfo's bytes independent of where the element is inserted later.
     */
    private Element signatureOver(byte[] sha256) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM", DSIG_PROVIDER);
            // Appended last in edXMLHeader: the enveloped transform then removes exactly this element, so the digest
            // is that of the package as it came, computed while streaming it.
            Reference reference = factory.newReference("", factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null, sha256);
            SignedInfo signedInfo = factory.newSignedInfo(factory.newCanonicalizationMethod(
                    CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(signatureAlgorithm, null), List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(keyInfoCertificates())));
            Document holder = XmlSecurity.newDocument();
            Element header = holder.createElementNS(EdxmlNames.NS, "edXMLHeader");
            holder.appendChild(header);
            DOMSignContext context = new DOMSignContext(key.privateKey(), header);
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
            Element signature = (Element) header.getFirstChild();
            dropCarriageReturns(signature);
            return signature;
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
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

    private static String algorithmFor(SigningKey key) {
        if (key.privateKey() instanceof RSAKey) {
            return SignatureMethod.RSA_SHA256;
        }
        if (key.privateKey() instanceof ECKey ecKey && P256_OID.equals(curveOid(ecKey))) {
            return SignatureMethod.ECDSA_SHA256;
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
