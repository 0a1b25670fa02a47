package vn.lienthong.gateway.refusal;

import java.util.List;
import java.util.OptionalLong;

import vn.lienthong.schemas.model.Violation;

/**
 * One refusal of a partner's request, whatever the channel it came by: a problem type, the HTTP status and title
 * that go with it, a one-line detail and the violations that name each element, rule and value. REST, SOAP, the
 * folder inbox and the platforms each render it in a class of their own; what is refused, and why, is decided here.
 */
public class Refusal extends RuntimeException {

    /** The namespace of every problem type: REST's {@code type} URI and the SOAP fault's {@code type} alike. */
    public static final String TYPE_BASE = "urn:lienthong:problem:";

    private static final long serialVersionUID = 1L;
    private static final long NO_RETRY_AFTER = -1;

    private final String type;
    private final int status;
    private final String title;
    private final List<Violation> violations;
    private final long retryAfterSeconds;

    /** A refusal the sender can act on by fixing its request; the detail is also the exception's message. */
    public Refusal(String type, int status, String title, String detail, List<Violation> violations) {
        this(type, status, title, detail, violations, NO_RETRY_AFTER, null);
    }

    /** A refusal that passes once the gateway is ready again, {@code retryAfterSeconds} from now at the earliest. */
    protected Refusal(String type, int status, String title, String detail, List<Violation> violations,
                      long retryAfterSeconds, Throwable cause) {
        super(detail, cause);
        this.type = type;
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The package breaks rules of edXML or of the exchange; the detail names the first, the violations all. */
    public static Refusal invalidPackage(List<Violation> violations) {
        return new Refusal("invalid-package", 400, "Invalid edXML package", violations.size() == 1
                ? violations.get(0).toString() : violations.size() + " problems, first: " + violations.get(0),
                violations);
    }

    /** The store or the broker cannot be reached: nothing was accepted, and the partner must try again later. */
    public static Refusal unavailable(Throwable cause) {
        return new Refusal("unavailable", 503, "Temporarily unavailable",
                "the gateway cannot reach its durable store; nothing was accepted, try again later", List.of(), 30,
                cause);
    }

    /** The problem type without its namespace, e.g. {@code invalid-package}. */
    public String type() {
        return type;
    }

    /** The problem type with its namespace, e.g. {@code urn:lienthong:problem:invalid-package}. */
    public String typeUri() {
        return TYPE_BASE + type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Every broken rule, in the order found; empty when the refusal is not about the package's content. */
    public List<Violation> violations() {
        return violations;
    }

    /** The refusal as lines a person reads: each violation, or the detail when there is none. */
    public List<String> reasons() {
        return violations.isEmpty() ? List.of(detail()) : violations.stream().map(Violation::toString).toList();
    }

    /** Seconds to wait before trying again, present only when the same request may pass later unchanged. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == NO_RETRY_AFTER ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
