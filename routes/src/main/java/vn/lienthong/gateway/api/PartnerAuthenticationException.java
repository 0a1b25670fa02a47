package vn.lienthong.gateway.api;

/** A partner request without a valid credential. */
public class PartnerAuthenticationException extends RuntimeException {

    public PartnerAuthenticationException(String message) {
        super(message);
    }
}
