package vn.lienthong.signatures.timestamp;

/** A time-stamp that could not be obtained or must not be trusted, with a message naming the TSA and the check. */
public class TimestampException extends Exception {

    private static final long serialVersionUID = 1L;

    public TimestampException(String message) {
        super(message);
    }

    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
