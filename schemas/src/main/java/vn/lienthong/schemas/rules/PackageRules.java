package vn.lienthong.schemas.rules;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

/**
 * The business rules a schema-valid package must also meet (EDXML.md §3, §4), reported all at once.
 *
 * <p>Rule ids: {@code required}, {@code max-length}, {@code agency-code-format}, {@code date-format},
 * {@code not-in-future}, {@code integer}, {@code priority}, {@code business-doc-type},
 * {@code no-duplicate-recipient}, {@code recipient-is-sender}, {@code reference-resolves}, {@code base64},
 * {@code safe-file-name}, {@code status-code}. Thread-safe.
 */
public final class PackageRules {

    private final List<PackageCheck> checks;

    /** @param clock decides "today" (in Vietnam) for the not-in-future rule */
    public PackageRules(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        this.checks = List.of(
                new RequiredFieldsCheck(),
                new AgencyCodeCheck(),
                new LengthLimitsCheck(),
                new DateCheck(clock),
                new NumberCheck(),
                new RecipientCheck(),
                new AttachmentCheck(),
                new StatusCheck());
    }

    /** Every rule violation of {@code pkg}; empty when it may be accepted. */
    public List<Violation> check(ParsedPackage pkg) {
        Findings findings = new Findings();
        for (PackageCheck check : checks) {
            check.check(pkg, findings);
        }
        return findings.violations();
    }
}
