package vn.lienthong.gateway.api;

/** A request body over the size limit in force: {@code lienthong.intake.max-package-size} or the connector's own. */
public class PackageTooLargeException extends RuntimeException {

    /** A body over the gateway-wide limit. */
    public PackageTooLargeException(long limitBytes) {
        this(limitBytes, "lienthong.intake.max-package-size");
    }

    /** A body over the limit of {@code setting}, the configuration that sets it. */
    public PackageTooLargeException(long limitBytes, String setting) {
        super("the package is larger than the limit of " + limitBytes + " bytes (" + setting + ")");
    }
}
