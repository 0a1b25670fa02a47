package vn.lienthong.gateway.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, one per unit with its name on the left, laid out in SVG coordinates like {@link BarChart}: unit
 * names are too long to stand under vertical bars.
 */
public record UnitBarChart(int width, int height, List<Row> rows) {

    static final int ROW_HEIGHT = 22;
    static final int LABEL_WIDTH = 300;
    static final int VALUE_SPACE = 60;

    /** One unit's bar; {@code shown} is the value as printed beside it. */
    public record Row(String label, String shown, int y, int barWidth, int textY) {
    }

    /** At most {@code limit} units, the largest first, as given. */
    public static UnitBarChart of(List<String> labels, List<Double> values, List<String> shown, int width, int limit) {
        int count = Math.min(limit, labels.size());
        double max = values.stream().limit(count).mapToDouble(Double::doubleValue).max().orElse(0);
        int plot = width - LABEL_WIDTH - VALUE_SPACE;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int bar = max <= 0 ? 0 : (int) Math.round(values.get(i) * plot / max);
            rows.add(new Row(labels.get(i), shown.get(i), i * ROW_HEIGHT + 4, Math.max(bar, values.get(i) > 0 ? 2 : 0),
                    i * ROW_HEIGHT + 18));
        }
        return new UnitBarChart(width, Math.max(ROW_HEIGHT, count * ROW_HEIGHT + 8), rows);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
