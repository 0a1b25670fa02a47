package vn.lienthong.connectors.spi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways the gateway can reach a partner system, one route template each. */
public enum TransportType {
    /** HTTP POST of the package to the partner's endpoint. */
    REST,
    /** The SOAP document service. */
    SOAP,
    /** The national document exchange platform (VDXP). */
    VDXP,
    /** The province's integration platform (LGSP). */
    LGSP,
    /** Files dropped into a shared directory. */
    FOLDER,
    /** Nothing is sent; the partner pulls its documents. */
    INBOX;

    /** Returns the lower-case name used in connector files, for example {@code rest}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds the transport whose {@link #key()} is exactly {@code key}; empty for anything else. */
    public static Optional<TransportType> fromKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key().equals(key)).findFirst();
    }
}
