package vn.lienthong.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The dashboard's bars are laid out on the server: heights scale to the largest count, labels thin out. */
class BarChartTest {

    @Test
    void theLargestCountFillsThePlotAndZeroDrawsNothing() {
        BarChart chart = BarChart.of(List.of("a", "b", "c"), List.of(0L, 5L, 10L), 300, 130, 1);

        int plot = 130 - BarChart.LABEL_SPACE - BarChart.TOP_SPACE;
        assertThat(chart.bars()).extracting(BarChart.Bar::barHeight).containsExactly(0, plot / 2, plot);
        assertThat(chart.bars().get(2).y()).isEqualTo(BarChart.TOP_SPACE);
        assertThat(chart.bars().get(0).y() + chart.bars().get(0).barHeight()).isEqualTo(BarChart.TOP_SPACE + plot);
    }

    @Test
    void anEmptyPeriodStillDrawsAnAxisWithoutDividingByZero() {
        BarChart chart = BarChart.of(List.of("a", "b"), List.of(0L, 0L), 100, 100, 1);

        assertThat(chart.max()).isEqualTo(1);
        assertThat(chart.bars()).allMatch(b -> b.barHeight() == 0);
    }

    @Test
    void everyThirdBarCountingFromTheLastIsLabelled() {
        List<String> labels = List.of("0", "1", "2", "3", "4", "5", "6");
        BarChart chart = BarChart.of(labels, List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L), 700, 100, 3);

        assertThat(chart.bars()).filteredOn(BarChart.Bar::showLabel).extracting(BarChart.Bar::label)
                .containsExactly("0", "3", "6");
    }
}
