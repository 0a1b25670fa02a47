package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.indexed;
import static vn.lienthong.schemas.rules.Findings.of;

import java.util.List;

import vn.lienthong.schemas.edxml.Code;
import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.edxml.Organization;
import vn.lienthong.schemas.edxml.PromulgationInfo;
import vn.lienthong.schemas.edxml.ResponseFor;
import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.ParsedPackage;

/** Rule {@code required}: what each kind of package must carry (EDXML.md §3 and §4). */
final class RequiredFieldsCheck implements PackageCheck {

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        MessageHeader header = pkg.header();
        String h = Findings.header(pkg);
        findings.required(h + "From/OrganId", of(header.getFrom(), Organization::getOrganId));
        if (pkg.kind() == PackageKind.DOCUMENT) {
            document(header, h, findings);
        } else {
            status(header, h, findings);
        }
    }

    private static void document(MessageHeader header, String h, Findings findings) {
        findings.required(h + "From/OrganName", of(header.getFrom(), Organization::getOrganName));
        List<Organization> recipients = header.getTo();
        if (recipients.isEmpty()) {
            findings.required(h + "To", null);
        }
        for (int i = 0; i < recipients.size(); i++) {
            findings.required(indexed(h + "To", i) + "/OrganId", recipients.get(i).getOrganId());
        }
        findings.required(h + "Code/CodeNumber", of(header.getCode(), Code::getCodeNumber));
        findings.required(h + "Code/CodeNotation", of(header.getCode(), Code::getCodeNotation));
        findings.required(h + "PromulgationInfo/PromulgationDate",
                of(header.getPromulgationInfo(), PromulgationInfo::getPromulgationDate));
        findings.required(h + "Subject", header.getSubject());
    }

    private static void status(MessageHeader header, String h, Findings findings) {
        List<ResponseFor> answered = header.getResponseFor();
        if (answered.isEmpty()) {
            findings.required(h + "ResponseFor", null);
        }
        for (int i = 0; i < answered.size(); i++) {
            String path = indexed(h + "ResponseFor", i);
            findings.required(path + "/OrganId", answered.get(i).getOrganId());
            findings.required(path + "/Code", answered.get(i).getCode());
            findings.required(path + "/DocumentId", answered.get(i).getDocumentId());
        }
        findings.required(h + "StatusCode", header.getStatusCode());
    }
}
