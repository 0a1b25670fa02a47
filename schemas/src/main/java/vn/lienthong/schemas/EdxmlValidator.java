package vn.lienthong.schemas;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import vn.lienthong.schemas.model.PackageRejectedException;
import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;
import vn.lienthong.schemas.read.EdxmlReader;
import vn.lienthong.schemas.rules.PackageRules;

/** The one call the gateway makes on an incoming package: read it safely, then hold it to the business rules. */
public final class EdxmlValidator {

    private final EdxmlReader reader;
    private final PackageRules rules;

    public EdxmlValidator(EdxmlReader reader, PackageRules rules) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A validator with its own reader, judging "today" by {@code clock}. */
    public EdxmlValidator(Clock clock) {
        this(new EdxmlReader(), new PackageRules(clock));
    }

    /**
     * The package, if it is readable and breaks no rule.
     *
     * @throws PackageRejectedException with the reader's violation(s), or with every business-rule violation
     */
    public ParsedPackage validate(byte[] bytes) throws PackageRejectedException {
        return checked(reader.read(bytes));
    }

    /**
     * The same for a package read as a stream, whose attachment contents are checked on the way and not kept
     * (see {@link EdxmlReader#readStreaming}).
     */
    public ParsedPackage validateStreaming(InputStream in) throws PackageRejectedException {
        return checked(reader.readStreaming(in));
    }

    private ParsedPackage checked(ParsedPackage pkg) {
        List<Violation> violations = rules.check(pkg);
        if (!violations.isEmpty()) {
            throw new PackageRejectedException(violations);
        }
        return pkg;
    }
}
