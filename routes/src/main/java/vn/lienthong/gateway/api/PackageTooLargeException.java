package vn.lienthong.gateway.api;

import java.util.List;

import vn.lienthong.gateway.refusal.Refusal;

/** A request body over the size limit in force: {@code lienthong.intake.max-package-size} or the connector's own. */
public class PackageTooLargeException extends Refusal {

    /** A body over the gateway-wide limit. */
    public PackageTooLargeException(long limitBytes) {
        this(limitBytes, "lienthong.intake.max-package-size");
    }

    /** A body over the limit of {@code setting}, the configuration that sets it. */
    public PackageTooLargeException(long limitBytes, String setting) {
        super("package-too-large", 413, "Package too large",
                "the package is larger than the limit of " + limitBytes + " bytes (" + setting + ")", List.of());
    }
}
