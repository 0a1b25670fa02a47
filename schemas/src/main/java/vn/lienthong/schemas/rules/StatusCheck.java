package vn.lienthong.schemas.rules;

import vn.lienthong.schemas.model.PackageKind;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.StatusCode;

/** Rule {@code status-code}: a status package carries one of the codes of {@link StatusCode}. */
final class StatusCheck implements PackageCheck {

    @Override
    public void check(ParsedPackage pkg, Findings findings) {
        String code = pkg.statusCode();
        if (pkg.kind() == PackageKind.STATUS && code != null && StatusCode.fromCode(code).isEmpty()) {
            findings.add(Findings.header(pkg) + "StatusCode", "status-code", code);
        }
    }
}
