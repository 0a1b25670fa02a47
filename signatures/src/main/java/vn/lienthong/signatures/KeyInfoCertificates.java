package vn.lienthong.signatures;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.w3c.dom.Element;

/** Reads a signature's KeyInfo certificates, which name the signer and feed path building but are never trusted. */
final class KeyInfoCertificates {

    private KeyInfoCertificates() {
    }

    /** Every certificate under Signature/KeyInfo/X509Data, in document order. */
    static List<X509Certificate> read(Element signature) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element keyInfo : EdxmlNames.dsigChildren(signature, "KeyInfo")) {
            for (Element x509Data : EdxmlNames.dsigChildren(keyInfo, "X509Data")) {
                for (Element encoded : EdxmlNames.dsigChildren(x509Data, "X509Certificate")) {
                    certificates.add(decode(encoded.getTextContent()));
                }
            }
        }
        if (certificates.isEmpty()) {
            throw SignatureRejection.invalid("KeyInfo carries no X509Certificate; the signer cannot be identified");
        }
        return certificates;
    }

    /**
     * The signer: the first end-entity certificate, or the first certificate when all are CAs. Choosing wrongly
     * cannot make a bad signature pass, as the same certificate's key must verify it and its path must reach an anchor.
     */
    static X509Certificate signer(List<X509Certificate> certificates) {
        return certificates.stream().filter(c -> c.getBasicConstraints() < 0).findFirst().orElse(certificates.get(0));
    }

    private static X509Certificate decode(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw SignatureRejection.invalid("KeyInfo certificate cannot be decoded: " + e.getMessage());
        }
    }
}
