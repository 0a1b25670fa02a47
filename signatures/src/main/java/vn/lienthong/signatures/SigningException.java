package vn.lienthong.signatures;

/** A package or a key that cannot be used for signing, with a message naming what and why. */
public class SigningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
