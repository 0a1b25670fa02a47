package vn.lienthong.gateway.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Counts by key written as {@code key=count;key=count}, the form statistics_days keeps its maps in. */
final class Counts {

    private Counts() {
    }

    static String encode(Map<?, Long> counts) {
        StringJoiner text = new StringJoiner(";");
        counts.forEach((key, count) -> text.add(key + "=" + count));
        return text.toString();
    }

    static Map<String, Long> decode(String text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return counts;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            int equals = text.indexOf('=', start);
            counts.merge(text.substring(start, equals), Long.parseLong(text, equals + 1, end, 10), Long::sum);
            start = end + 1;
        }
        return counts;
    }
}
