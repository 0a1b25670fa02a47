package vn.lienthong.schemas.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a package was written, as far as the reader could tell: the departures from canonical edXML it tolerated and
 * the producer family they point to, so the gateway can say what it received.
 */
public record PackageShape(Set<ShapeTrait> traits) {

    /** A package written exactly as the project's own samples are. */
    public static final PackageShape CANONICAL = new PackageShape(Set.of());

    /** Producer families recognisable from the traits they leave. */
    public enum Producer {
        /** Nothing to tolerate. */
        CANONICAL,
        /** Bkav's eDoc SDK: Business… spelling, OrganInCharge, a Signature in no namespace. */
        BKAV_EDOC_SDK,
        /** VNPT's EdXML102 and the eDoc integrator built on its layout: a Signature in the edXML namespace, a
         *  status in a MessageHeader, or the business block before the trace headers. */
        EDXML102_FAMILY,
        /** Departures that name no family (dates, order alone). */
        UNKNOWN
    }

    public PackageShape {
        traits = traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
    }

    /** The producer family the traits point to; Bkav's marks win, as that SDK also reorders and writes day first. */
    public Producer producer() {
        if (traits.isEmpty()) {
            return Producer.CANONICAL;
        }
        if (traits.contains(ShapeTrait.BUSINESS_SPELLING) || traits.contains(ShapeTrait.ORGAN_IN_CHARGE)
                || traits.contains(ShapeTrait.NO_NAMESPACE_SIGNATURE)) {
            return Producer.BKAV_EDOC_SDK;
        }
        if (traits.contains(ShapeTrait.EDXML_NAMESPACE_SIGNATURE)
                || traits.contains(ShapeTrait.STATUS_IN_MESSAGE_HEADER)
                || traits.contains(ShapeTrait.BUSINESS_BEFORE_TRACE_HEADERS)) {
            return Producer.EDXML102_FAMILY;
        }
        return Producer.UNKNOWN;
    }

    /** One line for a log: {@code BKAV_EDOC_SDK (Business… read as Bussiness…, dates in another form)}. */
    public String summary() {
        if (traits.isEmpty()) {
            return Producer.CANONICAL.name();
        }
        return producer() + " (" + EnumSet.copyOf(traits).stream().map(ShapeTrait::description)
                .collect(Collectors.joining(", ")) + ")";
    }
}
