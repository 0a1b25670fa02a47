package vn.lienthong.schemas.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a package cannot be accepted; carries every violation found so the sender can fix them all at once. */
public class PackageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public PackageRejectedException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public PackageRejectedException(Violation violation) {
        this(List.of(violation));
    }

    /** The violations, in the order they were found. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one violation");
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
