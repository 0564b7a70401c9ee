package cn.kaowu.ui.bank;

import cn.kaowu.bank.coverage.CoverageCell;
import cn.kaowu.bank.coverage.CoverageNeed;
import cn.kaowu.bank.coverage.CoverageRequest;
import cn.kaowu.bank.coverage.CoverageResult;
import cn.kaowu.bank.coverage.CoverageService;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.ui.shell.ReferenceLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage matrix of a draft blueprint: per type × content area, how many items a paper
 * needs, how many active items fit the class, and how many papers that supports under the
 * overlap cap; thin cells are red, so the bureau knows where to write questions.
 */
class CoveragePanel extends VerticalLayout {

    private final Caller caller;
    private final CoverageService coverage;
    private final ReferenceLabels labels;
    private final ComboBox<ReferenceEntry> industry = new ComboBox<>("行业");
    private final ComboBox<ReferenceEntry> category = new ComboBox<>("人员类别");
    private final NumberField cap = new NumberField("重复率上限");
    private final Map<ItemType, Map<String, IntegerField>> needs = new EnumMap<>(ItemType.class);
    private final Grid<CoverageCell> result = new Grid<>(CoverageCell.class, false);
    private final Span summary = new Span();

    CoveragePanel(Caller caller, CoverageService coverage, ReferenceLabels labels) {
        this.caller = caller;
        this.coverage = coverage;
        this.labels = labels;
        setSizeFull();
        industry.setItems(labels.entries(ReferenceKind.INDUSTRY));
        industry.setItemLabelGenerator(ReferenceEntry::name);
        category.setItems(labels.entries(ReferenceKind.PERSONNEL_CATEGORY));
        category.setItemLabelGenerator(ReferenceEntry::name);
        cap.setValue(CoverageRequest.DEFAULT_OVERLAP_CAP);
        cap.setMin(0);
        cap.setMax(1);
        cap.setStep(0.05);
        Button compute = new Button("计算覆盖", e -> compute());
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(industry, category, cap, compute);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head, new Span("每种题型在各内容领域每份试卷所需题数（草拟方案）："), needsTable());

        result.addColumn(c -> c.type().label()).setHeader("题型").setAutoWidth(true);
        result.addColumn(c -> labels.name(ReferenceKind.CONTENT_AREA, c.contentArea())).setHeader("内容领域").setAutoWidth(true);
        result.addColumn(c -> c.difficulty() == null ? "不限" : String.valueOf(c.difficulty())).setHeader("难度").setAutoWidth(true);
        result.addColumn(CoverageCell::need).setHeader("每卷需要").setAutoWidth(true);
        result.addColumn(CoverageCell::available).setHeader("题库可用").setAutoWidth(true);
        result.addColumn(CoverageCell::papersSupported).setHeader("可支撑试卷数").setAutoWidth(true);
        result.addColumn(c -> c.shortBy() > 0 ? "缺 " + c.shortBy() + " 题" : "").setHeader("缺口").setAutoWidth(true);
        result.setPartNameGenerator(c -> c.thin() ? "cell-thin" : "cell-ok");
        result.addClassName("coverage-grid");
        result.setSizeFull();
        add(summary);
        addAndExpand(result);
    }

    private VerticalLayout needsTable() {
        VerticalLayout table = new VerticalLayout();
        table.setPadding(false);
        table.setSpacing(false);
        Map<ItemType, Integer> defaults = Map.of(ItemType.SINGLE_CHOICE, 4, ItemType.MULTIPLE_CHOICE, 2, ItemType.TRUE_FALSE, 2);
        for (ItemType type : ItemType.values()) {
            HorizontalLayout row = new HorizontalLayout(new Span(type.label()));
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            Map<String, IntegerField> byArea = new LinkedHashMap<>();
            for (ReferenceEntry area : labels.entries(ReferenceKind.CONTENT_AREA)) {
                IntegerField field = new IntegerField(area.name());
                field.setMin(0);
                field.setValue(defaults.get(type));
                field.setWidth("7em");
                byArea.put(area.code(), field);
                row.add(field);
            }
            needs.put(type, byArea);
            table.add(row);
        }
        return table;
    }

    private void compute() {
        List<CoverageNeed> cells = new ArrayList<>();
        needs.forEach((type, byArea) -> byArea.forEach((area, field) -> {
            Integer value = field.getValue();
            if (value != null && value > 0) {
                cells.add(new CoverageNeed(type, area, null, value));
            }
        }));
        CoverageResult computed = coverage.coverage(caller, new CoverageRequest(
                industry.getOptionalValue().map(ReferenceEntry::code).orElse(null),
                category.getOptionalValue().map(ReferenceEntry::code).orElse(null),
                cells, cap.getValue() == null ? CoverageRequest.DEFAULT_OVERLAP_CAP : cap.getValue(),
                CoverageRequest.DEFAULT_THIN_BELOW));
        result.setItems(computed.cells());
        long thin = computed.cells().stream().filter(CoverageCell::thin).count();
        summary.setText("按此方案，题库最多可支撑 " + computed.papersSupported() + " 份试卷（重复率上限 "
                + Math.round((cap.getValue() == null ? 0.2 : cap.getValue()) * 100) + "%）；"
                + (thin == 0 ? "各格充足。" : thin + " 格偏薄（红色），请优先在这些格补充试题。"));
    }
}
