package vn.lienthong.schemas.rules;

import vn.lienthong.schemas.model.ParsedPackage;

/** One family of business rules; stateless, so one instance serves every thread. */
interface PackageCheck {

    void check(ParsedPackage pkg, Findings findings);
}
