package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.indexed;
import static vn.lienthong.schemas.rules.Findings.of;

import java.util.List;
import java.util.function.Function;

import vn.lienthong.schemas.edxml.Code;
import vn.lienthong.schemas.edxml.DocumentType;
import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.edxml.Organization;
import vn.lienthong.schemas.edxml.OtherInfo;
import vn.lienthong.schemas.edxml.PromulgationInfo;
import vn.lienthong.schemas.model.ParsedPackage;

/** Rule {@code max-length N}: the field limits of a provincial hub's validator (EDXML.md §3), in characters. */
final class LengthLimitsCheck implements PackageCheck {

    static final int ATTACHMENT_NAME = 500;
    static final int TO_PLACE = 150;

    private record Limit<T>(String path, Function<T, String> field, int max) {
    }

    private static final List<Limit<Organization>> ORGANIZATION = List.of(
            new Limit<>("OrganName", Organization::getOrganName, 200),
            new Limit<>("OrganizationInCharge", Organization::getOrganizationInCharge, 500),
            new Limit<>("OrganAdd", Organization::getOrganAdd, 500),
            new Limit<>("Email", Organization::getEmail, 100),
            new Limit<>("Telephone", Organization::getTelephone, 20),
            new Limit<>("Fax", Organization::getFax, 20));

    private static final List<Limit<MessageHeader>> HEADER_FIELDS = List.of(
            new Limit<>("Code/CodeNumber", h -> of(h.getCode(), Code::getCodeNumber), 11),
            new Limit<>("Code/CodeNotation", h -> of(h.getCode(), Code::getCodeNotation), 30),
            new Limit<>("PromulgationInfo/Place", h -> of(h.getPromulgationInfo(), PromulgationInfo::getPlace), 50),
            new Limit<>("DocumentType/TypeName", h -> of(h.getDocumentType(), DocumentType::getTypeName), 100),
            new Limit<>("Subject", MessageHeader::getSubject, 500),
            new Limit<>("Content", MessageHeader::getContent, 500),
            new Limit<>("OtherInfo/SphereOfPromulgation",
                    h -> of(h.getOtherInfo(), OtherInfo::getSphereOfPromulgation), 100),
            new Limit<>("OtherInfo/TyperNotation", h -> of(h.getOtherInfo(), OtherInfo::getTyperNotation), 10));

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        MessageHeader header = pkg.header();
        String h = Findings.header(pkg);
        if (header.getFrom() != null) {
            apply(ORGANIZATION, header.getFrom(), h + "From/", findings);
        }
        for (int i = 0; i < header.getTo().size(); i++) {
            apply(ORGANIZATION, header.getTo().get(i), indexed(h + "To", i) + "/", findings);
        }
        apply(HEADER_FIELDS, header, h, findings);
        List<String> places = header.getToPlaces() == null ? List.of() : header.getToPlaces().getPlace();
        for (int i = 0; i < places.size(); i++) {
            maxLength(indexed(h + "ToPlaces/Place", i), places.get(i), TO_PLACE, findings);
        }
        for (int i = 0; i < pkg.attachments().size(); i++) {
            maxLength(indexed(AttachmentCheck.ATTACHMENT, i) + "/AttachmentName",
                    pkg.attachments().get(i).getAttachmentName(), ATTACHMENT_NAME, findings);
        }
        for (int i = 0; i < pkg.references().size(); i++) {
            maxLength(indexed(AttachmentCheck.REFERENCE, i) + "/AttachmentName",
                    pkg.references().get(i).getAttachmentName(), ATTACHMENT_NAME, findings);
        }
    }

    private static <T> void apply(List<Limit<T>> limits, T parent, String prefix, Findings findings) {
        for (Limit<T> limit : limits) {
            maxLength(prefix + limit.path(), limit.field().apply(parent), limit.max(), findings);
        }
    }

    private static void maxLength(String path, String raw, int max, Findings findings) {
        String value = Findings.clean(raw);
        if (value != null && Findings.length(value) > max) {
            findings.add(path, "max-length " + max, value);
        }
    }
}
