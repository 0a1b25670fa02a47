package vn.lienthong.schemas.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.lienthong.schemas.model.ParsedPackage;
import vn.lienthong.schemas.model.Violation;

/** Collects the violations of one package check run, with the small text helpers every rule needs. */
final class Findings {


    private final List<Violation> violations = new ArrayList<>();

    void add(String element, String rule, String value) {
        violations.add(Violation.of(element, rule, value));
    }

    void required(String element, String value) {
        if (clean(value) == null) {
            add(element, "required", "");
        }
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** The trimmed text, or {@code null} when missing or blank: pretty-printed XML must not count as content. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * Length as a person counts it: code points of the composed (NFC) form, so "ệ" is one character whether the
     * producer wrote it precomposed or as a letter plus combining marks.
     */
    static int length(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length());
    }

    /** Prefix of the header's paths, as the producer named the header: {@code MessageHeader/}, {@code Status/}. */
    static String header(ParsedPackage pkg) {
        return pkg.headerElement() + "/";
    }

    /** {@code field} of {@code parent}, or {@code null} when the parent element is absent. */
    static <T> String of(T parent, Function<T, String> field) {
        return parent == null ? null : field.apply(parent);
    }

    /** {@code path[n]} with the 1-based position XPath uses, for the 0-based {@code index}. */
    static String indexed(String path, int index) {
        return path + "[" + (index + 1) + "]";
    }
}
