package vn.lienthong.gateway.api;

import java.util.List;

import vn.lienthong.gateway.refusal.Refusal;

/** No document with that id is visible to the caller (a partner sees only what it sent). */
public class DocumentNotFoundException extends Refusal {

    public DocumentNotFoundException(String id) {
        super("not-found", 404, "No such document", "no document " + id + " sent through this connector", List.of());
    }
}
