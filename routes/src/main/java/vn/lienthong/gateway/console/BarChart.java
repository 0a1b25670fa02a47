package vn.lienthong.gateway.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out in SVG coordinates, so the template only draws rectangles and labels: no script, no
 * front-end build, and it prints.
 */
public record BarChart(int width, int height, long max, List<Bar> bars) {

    static final int LABEL_SPACE = 16;
    static final int TOP_SPACE = 14;

    /** One bar with its place on the canvas; {@code label} shows under it only where {@code showLabel}. */
    public record Bar(String label, long count, int x, int y, int barWidth, int barHeight, int labelX,
                      boolean showLabel) {
    }

    /**
     * Every {@code labelEvery}-th bar counting back from the last is labelled, so 24 hourly bars do not overprint
     * each other and the current hour always has its label.
     */
    public static BarChart of(List<String> labels, List<Long> counts, int width, int height, int labelEvery) {
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(0));
        int slot = width / Math.max(1, counts.size());
        int barWidth = Math.max(2, slot - 4);
        int plot = height - LABEL_SPACE - TOP_SPACE;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            int barHeight = (int) Math.round((double) counts.get(i) * plot / max);
            int x = i * slot + 2;
            bars.add(new Bar(labels.get(i), counts.get(i), x, TOP_SPACE + plot - barHeight, barWidth, barHeight,
                    x + barWidth / 2, (counts.size() - 1 - i) % labelEvery == 0));
        }
        return new BarChart(width, height, max, bars);
    }
}
