package vn.lienthong.connectors.spi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How strictly the signatures inside the PDF attachments of a partner's packages are checked at intake. */
public enum PdfSignatureMode {
    /** A package whose PDF attachment has no valid signature is refused. */
    REQUIRED,
    /** Every PDF attachment's signatures are verified and the report kept; the package is accepted whatever it says. */
    OPTIONAL,
    /** PDF attachments are not looked into. */
    OFF;

    /** The mode used when a connector file does not say. */
    public static final PdfSignatureMode DEFAULT = OPTIONAL;

    /** Returns the lower-case name used in connector files, for example {@code optional}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds the mode whose {@link #key()} is exactly {@code key}; empty for anything else. */
    public static Optional<PdfSignatureMode> fromKey(String key) {
        return Arrays.stream(values()).filter(mode -> mode.key().equals(key)).findFirst();
    }
}
