package vn.lienthong.gateway.api;

/** No document with that id is visible to the caller (a partner sees only what it sent). */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(String id) {
        super("no document " + id + " sent through this connector");
    }
}
