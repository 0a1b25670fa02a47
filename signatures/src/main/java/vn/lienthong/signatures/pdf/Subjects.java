package vn.lienthong.signatures.pdf;

import java.util.Map;

import javax.security.auth.x500.X500Principal;

/**
 * Distinguished names as a person reads them: title and serialNumber (common on Vietnamese personal and
 * organisation certificates) by name and value, not as the hex dump {@link X500Principal#getName()} gives.
 */
final class Subjects {

    private static final Map<String, String> KEYWORDS = Map.of("2.5.4.12", "T", "2.5.4.5", "SERIALNUMBER");

    private Subjects() {
    }

    static String readable(X500Principal name) {
        return name.getName(X500Principal.RFC2253, KEYWORDS);
    }
}
