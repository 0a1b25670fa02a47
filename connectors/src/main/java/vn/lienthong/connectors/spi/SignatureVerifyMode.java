package vn.lienthong.connectors.spi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How strictly the signature of packages coming from a partner is checked. */
public enum SignatureVerifyMode {
    /** An unsigned or badly signed package is rejected. */
    REQUIRED,
    /** A signature is verified when present; an unsigned package is accepted. */
    OPTIONAL,
    /** Signatures are not checked at all. */
    OFF;

    /** The mode used when a connector file does not say. */
    public static final SignatureVerifyMode DEFAULT = OPTIONAL;

    /** Returns the lower-case name used in connector files, for example {@code optional}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds the mode whose {@link #key()} is exactly {@code key}; empty for anything else. */
    public static Optional<SignatureVerifyMode> fromKey(String key) {
        return Arrays.stream(values()).filter(mode -> mode.key().equals(key)).findFirst();
    }
}
