package vn.lienthong.gateway.operations;

/** An operator action found nothing it applies to, such as a replay of a message with no failed delivery. */
public class NothingToChangeException extends RuntimeException {

    public NothingToChangeException(String message) {
        super(message);
    }
}
