package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.indexed;

import vn.lienthong.schemas.edxml.MessageHeader;
import vn.lienthong.schemas.model.AgencyCode;
import vn.lienthong.schemas.model.ParsedPackage;

/** Rule {@code agency-code-format}: every agency named by the header has a well-shaped identifier code. */
final class AgencyCodeCheck implements PackageCheck {

    static final String RULE = "agency-code-format " + AgencyCode.PATTERN_DESCRIPTION;

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        MessageHeader header = pkg.header();
        String h = Findings.header(pkg);
        if (header.getFrom() != null) {
            verify(h + "From/OrganId", header.getFrom().getOrganId(), findings);
        }
        for (int i = 0; i < header.getTo().size(); i++) {
            verify(indexed(h + "To", i) + "/OrganId", header.getTo().get(i).getOrganId(), findings);
        }
        for (int i = 0; i < header.getResponseFor().size(); i++) {
            verify(indexed(h + "ResponseFor", i) + "/OrganId", header.getResponseFor().get(i).getOrganId(),
                    findings);
        }
    }

    private static void verify(String path, String raw, Findings findings) {
        String code = Findings.clean(raw);
        // A missing code is the required rule's business, not a format error.
        if (code != null && !AgencyCode.isValid(code)) {
            findings.add(path, RULE, code);
        }
    }
}
