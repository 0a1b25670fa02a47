package vn.lienthong.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The closing table: each scenario, its figure, its ceiling and ratio, its target and whether it was met. */
final class SummaryTable {

    private final List<String[]> rows = new ArrayList<>();

    /** One row; {@code met} null when the run gave no figure to judge. */
    void add(String scenario, String measured, String ceiling, String target, Boolean met) {
        rows.add(new String[] {scenario, measured, ceiling, target, met == null ? "n/a" : met ? "MET" : "missed"});
    }

    void print() {
        String[] header = {"scenario", "measured", "ceiling (ratio)", "target", "verdict"};
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        System.out.println();
        System.out.println("Summary");
        line(header, widths);
        String[] rule = new String[header.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(rule, widths);
        rows.forEach(row -> line(row, widths));
    }

    private static void line(String[] cells, int[] widths) {
        StringBuilder text = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            text.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        System.out.println(text);
    }
}
