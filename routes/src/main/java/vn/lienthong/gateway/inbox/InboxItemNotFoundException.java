package vn.lienthong.gateway.inbox;

import java.util.List;

import vn.lienthong.gateway.refusal.Refusal;

/** No item with that id in the caller's inbox; another partner's items answer the same, so ids leak nothing. */
public class InboxItemNotFoundException extends Refusal {

    public InboxItemNotFoundException(String id) {
        super("not-found", 404, "No such inbox item", "no item " + id + " in this connector's inbox", List.of());
    }
}
