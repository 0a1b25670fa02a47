package vn.lienthong.signatures;

import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Holds a package's signature to the gateway's profile, which covers the whole package and so defeats wrapping. */
final class SignatureProfile {

    // The profile: one XML-DSig Signature, a child of edXMLHeader; one Reference with URI "" and only the enveloped
    // and c14n transforms; no Object. What is signed is then everything but the signature itself, so moved,
    // duplicated or Id-referenced elements cannot be slipped past a reader of the package.

    static final String LEGACY_REASON = "Signature is in the edXML namespace, not XML-DSig: cannot be verified";
    static final String NO_NAMESPACE_REASON = "Bkav-style Signature in no namespace (DigestMethod as text) is not "
            + "XML-DSig and cannot be verified";

    private SignatureProfile() {
    }

    /** The package's only Signature element, which must be an XML-DSig one and a child of edXMLHeader. */
    static Element locate(Document document) {
        NodeList dsig = document.getElementsByTagNameNS(EdxmlNames.DSIG_NS, EdxmlNames.SIGNATURE);
        NodeList legacy = document.getElementsByTagNameNS(EdxmlNames.NS, EdxmlNames.SIGNATURE);
        int unqualified = EdxmlNames.unqualifiedSignatures(document);
        int total = dsig.getLength() + legacy.getLength() + unqualified;
        if (total == 0) {
            throw new SignatureRejection(SignatureReport.Outcome.UNSIGNED, "package carries no Signature");
        }
        if (dsig.getLength() == 0) {
            throw new SignatureRejection(SignatureReport.Outcome.UNVERIFIABLE,
                    legacy.getLength() > 0 ? LEGACY_REASON : NO_NAMESPACE_REASON);
        }
        if (total > 1) {
            throw SignatureRejection.invalid("more than one Signature element (found " + total + ")");
        }
        Element signature = (Element) dsig.item(0);
        Optional<Element> header = EdxmlNames.header(document);
        if (header.isEmpty() || signature.getParentNode() != header.get()) {
            throw SignatureRejection.invalid("Signature not in edXMLHeader (found under "
                    + EdxmlNames.pathOf(signature.getParentNode()) + ")");
        }
        return signature;
    }

    /** The SignatureMethod URI, read before any check so that a refused algorithm is still reported. */
    static String signatureMethod(Element signature) {
        return algorithm(single(single(signature, "SignedInfo", "Signature"), "SignatureMethod", "SignedInfo"));
    }

    /** Checks SignedInfo against the profile and the algorithm policy. */
    static void check(Element signature, boolean allowLegacySha1) {
        Element signedInfo = single(signature, "SignedInfo", "Signature");
        AlgorithmPolicy.checkCanonicalization(algorithm(single(signedInfo, "CanonicalizationMethod", "SignedInfo")),
                "SignedInfo canonicalization");
        AlgorithmPolicy.checkSignatureMethod(signatureMethod(signature), allowLegacySha1);
        List<Element> references = EdxmlNames.dsigChildren(signedInfo, "Reference");
        if (references.size() != 1) {
            throw SignatureRejection.invalid(references.isEmpty() ? "SignedInfo has no Reference"
                    : "more than one Reference (found " + references.size()
                            + "); only one covering the whole package is allowed");
        }
        Element reference = references.get(0);
        if (!reference.hasAttributeNS(null, "URI")) {
            throw SignatureRejection.invalid("reference has no URI; only URI '' (the whole package) is allowed");
        }
        String uri = reference.getAttributeNS(null, "URI");
        if (!uri.isEmpty()) {
            throw SignatureRejection.invalid("reference URI '" + uri + "' does not cover the whole package");
        }
        checkTransforms(reference);
        AlgorithmPolicy.checkDigestMethod(algorithm(single(reference, "DigestMethod", "Reference")), allowLegacySha1);
        if (!EdxmlNames.dsigChildren(signature, "Object").isEmpty()) {
            throw SignatureRejection.invalid("Signature carries an Object element; only a signature over the whole "
                    + "package is allowed");
        }
    }

    private static void checkTransforms(Element reference) {
        List<Element> containers = EdxmlNames.dsigChildren(reference, "Transforms");
        List<Element> transforms = containers.size() == 1
                ? EdxmlNames.dsigChildren(containers.get(0), "Transform") : List.of();
        // Enveloped first, optionally one c14n after it: nothing else can select, filter or rewrite what is digested.
        if (transforms.isEmpty() || !AlgorithmPolicy.ENVELOPED.equals(algorithm(transforms.get(0)))) {
            throw SignatureRejection.invalid("reference must start with the enveloped-signature transform");
        }
        if (transforms.size() > 2) {
            throw SignatureRejection.invalid("reference has " + transforms.size()
                    + " transforms; only enveloped-signature and one c14n are allowed");
        }
        if (transforms.size() == 2) {
            AlgorithmPolicy.checkCanonicalization(algorithm(transforms.get(1)), "transform");
        }
    }

    private static Element single(Element parent, String localName, String parentName) {
        List<Element> found = EdxmlNames.dsigChildren(parent, localName);
        if (found.size() != 1) {
            throw SignatureRejection.invalid(parentName + " must have exactly one " + localName + " (found "
                    + found.size() + ")");
        }
        return found.get(0);
    }

    private static String algorithm(Element element) {
        return element.getAttributeNS(null, "Algorithm");
    }
}
