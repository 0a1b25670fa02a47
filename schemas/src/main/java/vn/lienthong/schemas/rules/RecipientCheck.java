package vn.lienthong.schemas.rules;

import static vn.lienthong.schemas.rules.Findings.indexed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.lienthong.schemas.edxml.Organization;
import vn.lienthong.schemas.model.ParsedPackage;

/** Rules {@code no-duplicate-recipient} and {@code recipient-is-sender}: each recipient once, never the sender. */
final class RecipientCheck implements PackageCheck {

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        String sender = pkg.senderId();
        List<Organization> recipients = pkg.header().getTo();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            String id = Findings.clean(recipients.get(i).getOrganId());
            if (id == null) {
                continue;
            }
            String path = indexed(Findings.header(pkg) + "To", i) + "/OrganId";
            if (id.equals(sender)) {
                findings.add(path, "recipient-is-sender", id);
            }
            if (!seen.add(id)) {
                findings.add(path, "no-duplicate-recipient", id);
            }
        }
    }
}
