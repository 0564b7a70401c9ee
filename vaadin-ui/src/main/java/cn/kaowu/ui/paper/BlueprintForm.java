package cn.kaowu.ui.paper;

import cn.kaowu.bank.item.ItemType;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.blueprint.BlueprintCell;
import cn.kaowu.paper.blueprint.BlueprintService;
import cn.kaowu.paper.blueprint.DifficultyTarget;
import cn.kaowu.ui.shell.ReferenceLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The blueprint form: header fields, points per type, counts per type × content area, difficulty band. */
class BlueprintForm extends Dialog {

    private final TextField name = new TextField("方案名称");
    private final ComboBox<ReferenceEntry> industry = new ComboBox<>("行业（空为全部）");
    private final ComboBox<ReferenceEntry> category = new ComboBox<>("人员类别（空为全部）");
    private final IntegerField duration = new IntegerField("考试时长（分钟）");
    private final IntegerField total = new IntegerField("总分");
    private final IntegerField pass = new IntegerField("及格分");
    private final NumberField minDifficulty = new NumberField("平均难度下限");
    private final NumberField maxDifficulty = new NumberField("平均难度上限");
    private final Map<ItemType, IntegerField> points = new EnumMap<>(ItemType.class);
    private final Map<ItemType, Map<String, IntegerField>> counts = new EnumMap<>(ItemType.class);
    private final Span totals = new Span();

    BlueprintForm(Caller caller, BlueprintService blueprints, ReferenceLabels labels, Blueprint existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "新建组卷方案" : "编辑组卷方案");
        setWidth("64em");
        industry.setItems(labels.entries(ReferenceKind.INDUSTRY));
        industry.setItemLabelGenerator(ReferenceEntry::name);
        industry.setClearButtonVisible(true);
        category.setItems(labels.entries(ReferenceKind.PERSONNEL_CATEGORY));
        category.setItemLabelGenerator(ReferenceEntry::name);
        category.setClearButtonVisible(true);
        FormLayout head = new FormLayout(name, industry, category, duration, total, pass, minDifficulty, maxDifficulty);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 4));
        head.setColspan(name, 2);

        VerticalLayout matrix = new VerticalLayout(new H4("各题型每题分值与各内容领域题数"));
        matrix.setPadding(false);
        for (ItemType type : ItemType.values()) {
            IntegerField each = new IntegerField(type.label() + " 每题分值");
            each.setWidth("9em");
            each.addValueChangeListener(e -> updateTotals());
            points.put(type, each);
            HorizontalLayout row = new HorizontalLayout(each);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            Map<String, IntegerField> byArea = new LinkedHashMap<>();
            for (ReferenceEntry area : labels.entries(ReferenceKind.CONTENT_AREA)) {
                IntegerField count = new IntegerField(area.name());
                count.setWidth("7em");
                count.setMin(0);
                count.addValueChangeListener(e -> updateTotals());
                byArea.put(area.code(), count);
                row.add(count);
            }
            counts.put(type, byArea);
            matrix.add(row);
        }
        matrix.add(totals);
        add(head, matrix);
        fill(existing, labels);

        Button save = new Button("保存", e -> {
            Blueprint draft = toBlueprint(existing == null ? null : existing.id());
            if (existing == null) {
                blueprints.createBlueprint(caller, draft);
            } else {
                blueprints.updateBlueprint(caller, existing.id(), draft);
            }
            Notification.show("组卷方案已保存");
            onSaved.run();
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("取消", e -> close()), save);
    }

    private void fill(Blueprint blueprint, ReferenceLabels labels) {
        if (blueprint == null) {
            duration.setValue(90);
            total.setValue(100);
            pass.setValue(60);
            minDifficulty.setValue(2.7);
            maxDifficulty.setValue(3.2);
            points.forEach((type, field) -> field.setValue(type.defaultPoints()));
            return;
        }
        name.setValue(blueprint.name());
        labels.entries(ReferenceKind.INDUSTRY).stream().filter(e -> e.code().equals(blueprint.industry()))
                .findFirst().ifPresent(industry::setValue);
        labels.entries(ReferenceKind.PERSONNEL_CATEGORY).stream().filter(e -> e.code().equals(blueprint.personnelCategory()))
                .findFirst().ifPresent(category::setValue);
        duration.setValue(blueprint.durationMinutes());
        total.setValue(blueprint.totalPoints());
        pass.setValue(blueprint.passMark());
        minDifficulty.setValue(blueprint.difficulty().min());
        maxDifficulty.setValue(blueprint.difficulty().max());
        points.forEach((type, field) -> field.setValue(blueprint.pointsOf(type)));
        for (BlueprintCell cell : blueprint.cells()) {
            IntegerField field = counts.get(cell.type()).get(cell.areaCode());
            if (field != null) {
                field.setValue((field.getValue() == null ? 0 : field.getValue()) + cell.count());
            }
        }
    }

    private void updateTotals() {
        int questions = 0;
        int sum = 0;
        for (ItemType type : ItemType.values()) {
            int n = counts.get(type).values().stream().mapToInt(f -> f.getValue() == null ? 0 : f.getValue()).sum();
            questions += n;
            sum += n * (points.get(type).getValue() == null ? 0 : points.get(type).getValue());
        }
        totals.setText("合计 " + questions + " 题，" + sum + " 分" + (total.getValue() != null && sum != total.getValue()
                ? "（与总分 " + total.getValue() + " 不一致，保存时将被拒绝）" : ""));
    }

    private Blueprint toBlueprint(Long id) {
        List<BlueprintCell> cells = new ArrayList<>();
        Map<ItemType, Integer> pointsPerType = new EnumMap<>(ItemType.class);
        counts.forEach((type, byArea) -> byArea.forEach((area, field) -> {
            if (field.getValue() != null && field.getValue() != 0) {
                cells.add(BlueprintCell.of(type, area, field.getValue()));
                pointsPerType.put(type, points.get(type).getValue() == null ? 0 : points.get(type).getValue());
            }
        }));
        return new Blueprint(id, name.getValue().strip(), category.getOptionalValue().map(ReferenceEntry::code).orElse(null),
                industry.getOptionalValue().map(ReferenceEntry::code).orElse(null),
                duration.getValue() == null ? 0 : duration.getValue(), total.getValue() == null ? 0 : total.getValue(),
                pass.getValue() == null ? 0 : pass.getValue(), pointsPerType, cells,
                DifficultyTarget.band(minDifficulty.getValue() == null ? 0 : minDifficulty.getValue(),
                        maxDifficulty.getValue() == null ? 0 : maxDifficulty.getValue()));
    }
}
