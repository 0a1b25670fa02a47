package vn.lienthong.gateway.attack;

import static vn.lienthong.gateway.attack.PartnerChannel.PackageKind.DOCUMENT;
import static vn.lienthong.gateway.attack.PartnerChannel.PackageKind.STATUS;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.HostilePackages;
import vn.lienthong.gateway.support.HostileSignatures;
import vn.lienthong.gateway.support.LoopbackTrap;

/** Every hostile package the gateway must refuse, with the refusal each must earn; numbers 8800-8899 are ours. */
final class HostileCatalogue {

    static final String DEPARTMENT = "000.00.13.H53";
    static final String DISTRICT = "000.20.31.H53";
    static final String MINISTRY = "000.00.00.G03";
    static final String WHOLE_DOCUMENT = "(document)";

    /** Serves any entity a parser would fetch, and tells whether one was. */
    static final LoopbackTrap ENTITY_SERVER = LoopbackTrap.start();

    private HostileCatalogue() {
    }

    static List<HostileCase> documents() {
        return List.of(
                doctype("external file entity (XXE)", HostilePackages.externalFileEntity(doc(8801))),
                doctype("external network entity and DTD", HostilePackages.networkEntity(doc(8802),
                        ENTITY_SERVER.url())),
                doctype("billion laughs", HostilePackages.billionLaughs(doc(8803))),
                doctype("quadratic blow-up", HostilePackages.quadraticBlowUp(doc(8804))),
                doctype("a DOCTYPE declaring nothing", HostilePackages.harmlessDoctype(doc(8805))),
                refused("10 000 nested elements", HostilePackages.deepNesting(doc(8806), 10_000),
                        WHOLE_DOCUMENT, "max-element-depth", "depth"),
                refused("invalid UTF-8 bytes", HostilePackages.invalidUtf8(doc(8807)),
                        WHOLE_DOCUMENT, "encoding UTF-8", "byte"),
                refused("UTF-8 declared as ISO-8859-1", HostilePackages.declaredAs(doc(8808), "ISO-8859-1"),
                        WHOLE_DOCUMENT, "encoding UTF-8", "ISO-8859-1"),
                refused("UTF-8 declared as UTF-16", HostilePackages.declaredAs(doc(8809), "UTF-16"),
                        WHOLE_DOCUMENT, "encoding UTF-8", "UTF-16"),
                refused("attachment that is not base64", HostilePackages.attachmentContent(doc(8810), "Tệp đính kèm bị hỏng"),
                        "AttachmentEncoded/Attachment[1]/ContentTransferEncoded", "base64", "ệp đính kèm"),
                unsafeName("../../../etc/cron.d/lienthong", 8811),
                unsafeName("/etc/passwd", 8812),
                unsafeName("C:\\Windows\\System32\\drivers\\etc\\hosts", 8813),
                refused("attachment name with a NUL character reference",
                        HostilePackages.attachmentNamed(doc(8814), "quyet-dinh&#0;.pdf"),
                        WHOLE_DOCUMENT, "well-formed-xml", "&#0"),
                refused("attachment name with a raw NUL byte", HostilePackages.attachmentNameWithRawNul(doc(8815)),
                        WHOLE_DOCUMENT, "well-formed-xml", "0x0"),
                refused("the same recipient twice", HostilePackages.duplicateRecipient(doc(8816), DISTRICT, MINISTRY),
                        "MessageHeader/To[2]/OrganId", "no-duplicate-recipient", DISTRICT),
                refused("no recipient", HostilePackages.withoutRecipients(doc(8817)),
                        "MessageHeader/To", "required", ""),
                new HostileCase("sender forged: the district posts as the department", DOCUMENT,
                        () -> bytesOf(doc(8818)), ConnectorFiles.DISTRICT_KEY, 403,
                        "MessageHeader/From/OrganId", "sender-authorised", DEPARTMENT),
                signature("signed with an expired certificate", () -> signed("bad/expired.p12", 8820), "expired"),
                signature("signed with a revoked certificate", () -> signed("bad/revoked.p12", 8821), "revoked"),
                signature("signed by a rogue CA", () -> signed("bad/wrong-issuer.p12", 8822),
                        "not issued by a trusted anchor"),
                signature("signature wrapping: Reference to another Id",
                        () -> HostileSignatures.referenceToAnotherId(good(8823)), "does not cover the whole package"),
                signature("signature wrapping: a second Signature",
                        () -> HostileSignatures.secondSignature(good(8824)), "more than one Signature"),
                signature("signature wrapping: signed header moved into an Object, forged one in its place",
                        () -> HostileSignatures.signedContentMoved(good(8825)), "Object"),
                signature("signature wrapping: signed attachment duplicated",
                        () -> HostileSignatures.signedContentDuplicated(good(8826)), "digest mismatch"));
    }

    static List<HostileCase> statuses() {
        return List.of(
                statusDoctype("external file entity (XXE)", HostilePackages.externalFileEntity(statusText(8830))),
                statusDoctype("billion laughs", HostilePackages.billionLaughs(statusText(8831))),
                refusedStatus("10 000 nested elements", HostilePackages.deepNesting(statusText(8832), 10_000),
                        WHOLE_DOCUMENT, "max-element-depth", "depth"),
                refusedStatus("invalid UTF-8 bytes", HostilePackages.invalidUtf8(statusText(8833)),
                        WHOLE_DOCUMENT, "encoding UTF-8", "byte"),
                new HostileCase("status forged: the department posts as the district", STATUS,
                        () -> bytesOf(statusText(8834)), ConnectorFiles.DEPARTMENT_KEY, 403,
                        "MessageHeader/From/OrganId", "sender-authorised", DISTRICT));
    }

    private static HostileCase doctype(String name, byte[] bytes) {
        return refused(name, bytes, WHOLE_DOCUMENT, "no-doctype", "DOCTYPE");
    }

    private static HostileCase statusDoctype(String name, byte[] bytes) {
        return refusedStatus(name, bytes, WHOLE_DOCUMENT, "no-doctype", "DOCTYPE");
    }

    private static HostileCase unsafeName(String name, int number) {
        return refused("attachment named " + name, HostilePackages.attachmentNamed(doc(number), name),
                "AttachmentEncoded/Attachment[1]/AttachmentName", "safe-file-name", name);
    }

    private static HostileCase refused(String name, byte[] bytes, String element, String rule, String value) {
        return new HostileCase(name, DOCUMENT, () -> bytes, ConnectorFiles.DEPARTMENT_KEY, 400, element, rule, value);
    }

    private static HostileCase refusedStatus(String name, byte[] bytes, String element, String rule, String value) {
        return new HostileCase("status: " + name, STATUS, () -> bytes, ConnectorFiles.DISTRICT_KEY, 400, element, rule,
                value);
    }

    private static HostileCase signature(String name, Supplier<byte[]> bytes, String reason) {
        return new HostileCase(name, DOCUMENT, bytes, ConnectorFiles.DEPARTMENT_KEY, 400, "edXMLHeader/Signature",
                "signature-valid", reason);
    }

    private static String doc(int number) {
        return HostilePackages.document(number);
    }

    private static String statusText(int number) {
        return HostilePackages.status(number);
    }

    private static byte[] signed(String p12, int number) {
        return bytesOf(HostileSignatures.signedBy(p12, number));
    }

    private static String good(int number) {
        return HostileSignatures.signedBy("orgs/so-gddt-ha-tinh.p12", number);
    }

    private static byte[] bytesOf(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
