package vn.lienthong.gateway.inbox;

/** No item with that id in the caller's inbox; another partner's items answer the same, so ids leak nothing. */
public class InboxItemNotFoundException extends RuntimeException {

    public InboxItemNotFoundException(String id) {
        super("no item " + id + " in this connector's inbox");
    }
}
