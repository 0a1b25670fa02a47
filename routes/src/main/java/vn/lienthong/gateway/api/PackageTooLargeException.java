package vn.lienthong.gateway.api;

/** A request body over {@code lienthong.intake.max-package-size}. */
public class PackageTooLargeException extends RuntimeException {

    public PackageTooLargeException(long limitBytes) {
        super("the package is larger than the limit of " + limitBytes + " bytes (lienthong.intake.max-package-size)");
    }
}
