package vn.lienthong.gateway.console;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A month-by-month chart: counts as bars (a {@link BarChart}) under a line of shares from 0 to 100 %, both laid out
 * in SVG coordinates on the server, so the page needs no script to draw it.
 */
public record TrendChart(BarChart bars, List<Point> points, String polyline) {

    /** One month's share on the line; {@code label} is its value as printed. */
    public record Point(int x, int y, String label) {
    }

    /** {@code shares} are 0 to 1, or null for a month without any: the line skips it. */
    public static TrendChart of(List<String> months, List<Long> counts, List<Double> shares, int width, int height) {
        BarChart bars = BarChart.of(months, counts, width, height, 1);
        int plot = height - BarChart.LABEL_SPACE - BarChart.TOP_SPACE;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Double share = shares.get(i);
            if (share != null) {
                BarChart.Bar bar = bars.bars().get(i);
                int y = BarChart.TOP_SPACE + plot - (int) Math.round(share * plot);
                points.add(new Point(bar.labelX(), y, Math.round(share * 100) + "%"));
            }
        }
        String polyline = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        return new TrendChart(bars, points, polyline);
    }
}
