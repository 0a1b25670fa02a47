package vn.lienthong.gateway.api;

import java.util.List;

import vn.lienthong.gateway.refusal.Refusal;

/** A partner request without a valid credential. */
public class PartnerAuthenticationException extends Refusal {

    public PartnerAuthenticationException(String message) {
        super("unauthenticated", 401, "Partner not authenticated", message, List.of());
    }
}
