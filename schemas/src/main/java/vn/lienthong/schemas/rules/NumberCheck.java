package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.of;

import java.util.regex.Pattern;

import vn.lienthong.schemas.edxml.DocumentType;
import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.edxml.OtherInfo;
import vn.lienthong.schemas.model.ParsedPackage;

/**
 * Rules {@code integer}, {@code priority 0..4} and {@code business-doc-type 0..3}: the schema keeps numbers as
 * strings so that a wrong one is reported here, naming the element.
 */
final class NumberCheck implements PackageCheck {

    static final String BUSINESS_DOC_TYPE_PATH = "TraceHeaderList/Bussiness/BussinessDocType";

    private static final Pattern NON_NEGATIVE = Pattern.compile("[0-9]{1,9}");

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        MessageHeader header = pkg.header();
        String h = Findings.header(pkg);
        integer(h + "DocumentType/Type", of(header.getDocumentType(), DocumentType::getType), findings);
        integer(h + "DocumentType/TypeDetail", of(header.getDocumentType(), DocumentType::getTypeDetail),
                findings);
        integer(h + "SteeringType", header.getSteeringType(), findings);
        integer(h + "OtherInfo/PromulgationAmount", of(header.getOtherInfo(), OtherInfo::getPromulgationAmount),
                findings);
        integer(h + "OtherInfo/PageAmount", of(header.getOtherInfo(), OtherInfo::getPageAmount), findings);
        // Priority levels: EDXML.md §3, normal .. timed flash.
        range(h + "OtherInfo/Priority", of(header.getOtherInfo(), OtherInfo::getPriority), 4, "priority",
                findings);
        // Business document types: EDXML.md §3, new / revocation / update / replacement.
        range(BUSINESS_DOC_TYPE_PATH, pkg.businessDocType(), 3, "business-doc-type", findings);
    }

    private static void integer(String path, String raw, Findings findings) {
        String value = Findings.clean(raw);
        if (value != null && !NON_NEGATIVE.matcher(value).matches()) {
            findings.add(path, "integer", value);
        }
    }

    private static void range(String path, String raw, int max, String ruleId, Findings findings) {
        String value = Findings.clean(raw);
        if (value != null && (!NON_NEGATIVE.matcher(value).matches() || Integer.parseInt(value) > max)) {
            findings.add(path, ruleId + " 0.." + max, value);
        }
    }
}
