package cn.kaowu.ui.bank;

import cn.kaowu.bank.duplicates.DuplicatePair;
import cn.kaowu.bank.duplicates.DuplicateService;
import cn.kaowu.core.identity.Caller;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** The bank-wide near-duplicate report: pairs of stems side by side with their similarity. */
class DuplicatePanel extends VerticalLayout {

    DuplicatePanel(Caller caller, DuplicateService duplicates) {
        setSizeFull();
        Grid<DuplicatePair> grid = new Grid<>(DuplicatePair.class, false);
        grid.addColumn(p -> String.format("%.0f%%", p.similarity() * 100)).setHeader("相似度").setAutoWidth(true);
        grid.addColumn(DuplicatePair::firstItemId).setHeader("编号").setAutoWidth(true);
        grid.addColumn(DuplicatePair::firstStem).setHeader("题干").setFlexGrow(1);
        grid.addColumn(DuplicatePair::secondItemId).setHeader("编号").setAutoWidth(true);
        grid.addColumn(DuplicatePair::secondStem).setHeader("相似题干").setFlexGrow(1);
        Span summary = new Span("点击“检查全库”，用字符 n-gram 与 MinHash/LSH 查找题干近似重复的试题。");
        Button run = new Button("检查全库", e -> {
            long start = System.nanoTime();
            List<DuplicatePair> pairs = duplicates.report(caller);
            grid.setItems(pairs);
            summary.setText("发现 " + pairs.size() + " 对相似试题（用时 " + (System.nanoTime() - start) / 1_000_000 + " 毫秒）。"
                    + "在“试题”中打开其中一道可编辑或停用。");
        });
        add(new HorizontalLayout(run, summary));
        grid.setSizeFull();
        addAndExpand(grid);
    }
}
