package vn.lienthong.schemas.read;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.w3c.dom.Element;

import vn.lienthong.schemas.model.EdxmlDates;
import vn.lienthong.schemas.model.ShapeTrait;

/**
 * Rewrites, in the reader's DOM only, the dates and times producers write in another accepted form
 * ({@link EdxmlDates}) into the canonical {@code yyyy/MM/dd} and {@code yyyy/MM/dd HH:mm:ss}, so that every later
 * step (rules, the document id, the store) sees one form. A text in no accepted form is left for the rules to refuse.
 */
final class DateNormalizer {

    private final String namespace;

    DateNormalizer(String namespace) {
        this.namespace = namespace;
    }

    /** The dates of a MessageHeader or a Status. */
    void header(Element header, Set<ShapeTrait> traits) {
        for (Element info : DomChildren.named(header, namespace, "PromulgationInfo")) {
            children(info, "PromulgationDate", this::date, traits);
        }
        children(header, "DueDate", this::date, traits);
        for (Element answered : DomChildren.named(header, namespace, "ResponseFor")) {
            children(answered, "PromulgationDate", this::dateOrTimestamp, traits);
        }
        children(header, "Timestamp", this::timestamp, traits);
    }

    /** The Timestamp of every TraceHeader. */
    void traceList(Element traceHeaderList, Set<ShapeTrait> traits) {
        for (Element hop : DomChildren.named(traceHeaderList, namespace, "TraceHeader")) {
            children(hop, "Timestamp", this::timestamp, traits);
        }
    }

    private void children(Element parent, String name, Function<String, Optional<String>> canonical,
                          Set<ShapeTrait> traits) {
        for (Element element : DomChildren.named(parent, namespace, name)) {
            String written = element.getTextContent().strip();
            Optional<String> rewritten = canonical.apply(written).filter(value -> !value.equals(written));
            if (rewritten.isPresent()) {
                element.setTextContent(rewritten.get());
                traits.add(ShapeTrait.DATES_REWRITTEN);
            }
        }
    }

    private Optional<String> date(String text) {
        return EdxmlDates.date(text).map(EdxmlDates::canonical);
    }

    /** ResponseFor's date: statuses built through JAXB write it as a date-time, of which the date is kept. */
    private Optional<String> dateOrTimestamp(String text) {
        return EdxmlDates.dateOrTimestamp(text).map(EdxmlDates::canonical);
    }

    private Optional<String> timestamp(String text) {
        return EdxmlDates.timestamp(text).map(EdxmlDates::canonical);
    }
}
