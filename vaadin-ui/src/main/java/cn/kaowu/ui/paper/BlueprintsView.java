package cn.kaowu.ui.paper;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.paper.assembly.CellAvailability;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintService;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.ReferenceLabels;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * 组卷方案: the blueprints, each editable in a form, and checked against the bank for a class's
 * industry and category and a number of papers, before any generation.
 */
@Prototype
@Route(value = "blueprints", layout = MainLayout.class)
@PageTitle("组卷方案 · 考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN})
public class BlueprintsView extends SectionPage {

    private final BlueprintService blueprints;
    private final ReferenceLabels labels;
    private final Caller caller = CurrentCaller.get();
    private final Grid<Blueprint> grid = new Grid<>(Blueprint.class, false);
    private final VerticalLayout detail = new VerticalLayout();

    public BlueprintsView(BlueprintService blueprints, ReferenceData referenceData) {
        super("nav.blueprints");
        this.blueprints = blueprints;
        this.labels = new ReferenceLabels(referenceData);

        Button create = new Button("新建组卷方案", e -> new BlueprintForm(caller, blueprints, labels, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);

        grid.addColumn(Blueprint::name).setHeader("方案名称").setFlexGrow(2);
        grid.addColumn(b -> b.industry() == null ? "全部行业" : labels.name(ReferenceKind.INDUSTRY, b.industry())).setHeader("行业").setAutoWidth(true);
        grid.addColumn(b -> b.personnelCategory() == null ? "全部人员类别" : labels.name(ReferenceKind.PERSONNEL_CATEGORY, b.personnelCategory()))
                .setHeader("人员类别").setAutoWidth(true);
        grid.addColumn(Blueprint::questionCount).setHeader("题数").setAutoWidth(true);
        grid.addColumn(b -> b.totalPoints() + " / " + b.passMark()).setHeader("总分/及格").setAutoWidth(true);
        grid.addColumn(b -> b.durationMinutes() + " 分钟").setHeader("时长").setAutoWidth(true);
        grid.addColumn(b -> b.difficulty().min() + "–" + b.difficulty().max()).setHeader("平均难度目标").setAutoWidth(true);
        grid.addComponentColumn(b -> new Button("编辑", e -> new BlueprintForm(caller, blueprints, labels, b, this::refresh).open()))
                .setHeader("").setAutoWidth(true);
        grid.addSelectionListener(e -> showCheck(e.getFirstSelectedItem().orElse(null)));

        SplitLayout split = new SplitLayout(grid, detail, SplitLayout.Orientation.VERTICAL);
        split.setSplitterPosition(35);
        split.setSizeFull();
        addAndExpand(split);
        refresh();
        showCheck(null);
    }

    private void refresh() {
        grid.setItems(blueprints.listBlueprints(caller));
    }

    private void showCheck(Blueprint blueprint) {
        detail.removeAll();
        if (blueprint == null) {
            detail.add(new Span("选择一个方案，对照题库检查它能否支撑所需份数的试卷。"));
            return;
        }
        ComboBox<String> industry = new ComboBox<>("行业");
        industry.setItems(labels.entries(ReferenceKind.INDUSTRY).stream().map(e -> e.code()).toList());
        industry.setItemLabelGenerator(code -> labels.name(ReferenceKind.INDUSTRY, code));
        industry.setValue(blueprint.industry() != null ? blueprint.industry() : "MINING");
        ComboBox<String> category = new ComboBox<>("人员类别");
        category.setItems(labels.entries(ReferenceKind.PERSONNEL_CATEGORY).stream().map(e -> e.code()).toList());
        category.setItemLabelGenerator(code -> labels.name(ReferenceKind.PERSONNEL_CATEGORY, code));
        category.setValue(blueprint.personnelCategory() != null ? blueprint.personnelCategory() : "PRINCIPAL");
        IntegerField papers = new IntegerField("试卷份数");
        papers.setValue(6);
        papers.setMin(1);
        Grid<CellAvailability> cells = new Grid<>(CellAvailability.class, false);
        cells.addColumn(CellAvailability::label).setHeader("题型 × 内容领域").setFlexGrow(2);
        cells.addColumn(CellAvailability::needed).setHeader("每卷需要").setAutoWidth(true);
        cells.addColumn(CellAvailability::available).setHeader("题库可用").setAutoWidth(true);
        cells.addColumn(CellAvailability::neededForPapers).setHeader("N 份试卷约需").setAutoWidth(true);
        cells.addColumn(c -> !c.enoughForOnePaper() ? "不足一份试卷" : !c.enoughForAllPapers() ? "偏薄" : "充足")
                .setHeader("结论").setAutoWidth(true);
        cells.setPartNameGenerator(c -> c.enoughForAllPapers() ? "cell-ok" : "cell-thin");
        cells.addClassName("coverage-grid");
        Span summary = new Span();
        Button check = new Button("对照题库检查", e -> {
            List<CellAvailability> result = blueprints.checkAgainstBank(caller, blueprint.id(), industry.getValue(),
                    category.getValue(), papers.getValue() == null ? 1 : papers.getValue(), 0.2);
            cells.setItems(result);
            long short1 = result.stream().filter(c -> !c.enoughForOnePaper()).count();
            long thin = result.stream().filter(c -> !c.enoughForAllPapers()).count();
            summary.setText(short1 > 0 ? short1 + " 格连一份试卷都不够，生成将被拒绝；请先补充红色格的试题。"
                    : thin > 0 ? thin + " 格偏薄（红色）：份数多时可能超出重复率上限。" : "题库充足，可以生成。");
        });
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(industry, category, papers, check);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        cells.setSizeFull();
        detail.add(tools, summary);
        detail.addAndExpand(cells);
        detail.setSizeFull();
    }
}
