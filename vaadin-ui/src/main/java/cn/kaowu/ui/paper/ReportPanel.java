package cn.kaowu.ui.paper;

import cn.kaowu.paper.generation.GenerationReport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Map;

/**
 * The proof of a generation: maximum pairwise overlap reached against the cap, the exposure
 * histogram (how many items were used how often), and each paper's difficulty against its band.
 */
class ReportPanel extends VerticalLayout {

    ReportPanel() {
        add(new Paragraph("生成一批试卷后，这里显示重复率、曝光分布与难度达标情况。"));
    }

    void show(GenerationReport report) {
        removeAll();
        add(new H4("本周期 " + report.period() + " 共 " + report.papersInPeriod() + " 份试卷"));
        add(new Paragraph("两两试卷最多共有 " + report.maxPairwiseOverlap() + " 道相同试题；上限为 "
                + report.overlapLimit() + " 道（" + Math.round(report.overlapCap() * 100) + "%）。"
                + (report.violations().isEmpty() ? "硬约束全部满足。" : "违反约束：" + String.join("；", report.violations()))));
        add(new H4("试题曝光分布（使用次数 → 试题数）"));
        int max = report.exposureHistogram().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (Map.Entry<Integer, Integer> bucket : report.exposureHistogram().entrySet()) {
            Div bar = new Div();
            bar.getStyle().set("background", "var(--lumo-primary-color-50pct)").set("height", "1em")
                    .set("width", Math.max(2, 400 * bucket.getValue() / max) + "px").set("display", "inline-block");
            Div row = new Div(new Span("使用 " + bucket.getKey() + " 次："), bar, new Span(" " + bucket.getValue() + " 题"));
            add(row);
        }
        add(new H4("每份试卷的平均难度"));
        Grid<GenerationReport.PaperDifficulty> grid = new Grid<>(GenerationReport.PaperDifficulty.class, false);
        grid.addColumn(GenerationReport.PaperDifficulty::paperCode).setHeader("试卷编号").setAutoWidth(true);
        grid.addColumn(GenerationReport.PaperDifficulty::classCode).setHeader("班次").setAutoWidth(true);
        grid.addColumn(d -> String.format("%.2f", d.meanDifficulty())).setHeader("平均难度").setAutoWidth(true);
        grid.addColumn(d -> String.format("%.1f–%.1f", d.targetMin(), d.targetMax())).setHeader("目标区间").setAutoWidth(true);
        grid.addColumn(d -> d.withinBand() ? "达标" : "未达标").setHeader("结论").setAutoWidth(true);
        grid.setItems(report.papers());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
