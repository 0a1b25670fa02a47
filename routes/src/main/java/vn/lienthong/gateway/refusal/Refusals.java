package vn.lienthong.gateway.refusal;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jms.JmsException;

import vn.lienthong.schemas.model.PackageRejectedException;

/**
 * The one table of what counts as a refusal: the gateway's own {@link Refusal}s, the schemas module's rejected
 * package (that module knows nothing of channels), and a store or broker that cannot be reached.
 */
public final class Refusals {

    /** Failures of the store or the broker that a later attempt may not meet; anything else is the gateway's bug. */
    private static final List<Class<? extends RuntimeException>> STORE_FAILURES = List.of(
            DataAccessResourceFailureException.class, TransientDataAccessException.class, JmsException.class);

    private Refusals() {
    }

    /** The refusal {@code failure} amounts to, or empty when it is an unexpected failure of the gateway. */
    public static Optional<Refusal> of(Throwable failure) {
        if (failure instanceof Refusal refusal) {
            return Optional.of(refusal);
        }
        if (failure instanceof PackageRejectedException rejected) {
            return Optional.of(Refusal.invalidPackage(rejected.violations()));
        }
        if (STORE_FAILURES.stream().anyMatch(type -> type.isInstance(failure))) {
            return Optional.of(Refusal.unavailable(failure));
        }
        return Optional.empty();
    }
}
