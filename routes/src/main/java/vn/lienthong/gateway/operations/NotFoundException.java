package vn.lienthong.gateway.operations;

/** An operator named a message, connector or job that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super("no " + what + " " + id);
    }
}
