package vn.lienthong.gateway.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.MessageDigestAlgorithm;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs packages the way legacy producers do, rsa-sha1 with a SHA-1 digest (an enveloped XML-DSig signature in
 * edXMLHeader), with a key of the sample PKI: the gateway itself never writes such a signature.
 */
public final class LegacySha1Signatures {

    private static final String EDXML = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private LegacySha1Signatures() {
    }

    /** {@code unsigned} signed with rsa-sha1 by the key in {@code p12} (under {@code certs-sample/}). */
    public static byte[] sign(byte[] unsigned, String p12) throws Exception {
        Init.init();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(SamplePki.file(p12))) {
            store.load(in, SamplePki.PASSWORD.toCharArray());
        }
        String alias = store.aliases().nextElement();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(unsigned));
        Element header = (Element) document.getElementsByTagNameNS(EDXML, "edXMLHeader").item(0);
        XMLSignature signature = new XMLSignature(document, "", XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1,
                Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        header.appendChild(signature.getElement());
        Transforms transforms = new Transforms(document);
        transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        signature.addDocument("", transforms, MessageDigestAlgorithm.ALGO_ID_DIGEST_SHA1);
        X509Data certificates = new X509Data(document);
        for (Certificate certificate : store.getCertificateChain(alias)) {
            X509Certificate x509 = (X509Certificate) certificate;
            if (!x509.getSubjectX500Principal().equals(x509.getIssuerX500Principal())) {
                certificates.addCertificate(x509);
            }
        }
        signature.getKeyInfo().add(certificates);
        signature.sign((PrivateKey) store.getKey(alias, SamplePki.PASSWORD.toCharArray()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
