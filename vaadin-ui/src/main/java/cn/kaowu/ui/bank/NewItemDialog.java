package cn.kaowu.ui.bank;

import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemService;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.item.LegalBasis;
import cn.kaowu.bank.item.SaveResult;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.ui.shell.ReferenceLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Arrays;
import java.util.List;

/**
 * A new item, saved as a draft: the service checks options, key and taxonomy and answers with
 * every problem at once, and flags near-duplicates already in the bank.
 */
class NewItemDialog extends Dialog {

    NewItemDialog(Caller caller, ItemService items, ReferenceLabels labels, Runnable onSaved) {
        setHeaderTitle("新建试题（草稿）");
        setWidth("56em");
        ComboBox<ItemType> type = new ComboBox<>("题型");
        type.setItems(ItemType.values());
        type.setItemLabelGenerator(ItemType::label);
        type.setValue(ItemType.SINGLE_CHOICE);
        TextArea stem = new TextArea("题干");
        TextArea options = new TextArea("选项（每行一个，按 A、B、C… 顺序；判断题不填）");
        TextField key = new TextField("答案（如 B、ACD、正确、错误）");
        TextArea explanation = new TextArea("解析");
        IntegerField points = new IntegerField("分值");
        points.setValue(ItemType.SINGLE_CHOICE.defaultPoints());
        type.addValueChangeListener(e -> points.setValue(e.getValue() == null ? 1 : e.getValue().defaultPoints()));
        ComboBox<ReferenceEntry> area = new ComboBox<>("内容领域");
        area.setItems(labels.entries(ReferenceKind.CONTENT_AREA));
        area.setItemLabelGenerator(ReferenceEntry::name);
        MultiSelectComboBox<ReferenceEntry> industries = new MultiSelectComboBox<>("适用行业（不选为全部）");
        industries.setItems(labels.entries(ReferenceKind.INDUSTRY));
        industries.setItemLabelGenerator(ReferenceEntry::name);
        MultiSelectComboBox<ReferenceEntry> categories = new MultiSelectComboBox<>("人员类别（不选为全部）");
        categories.setItems(labels.entries(ReferenceKind.PERSONNEL_CATEGORY));
        categories.setItemLabelGenerator(ReferenceEntry::name);
        IntegerField difficulty = new IntegerField("难度（1–5）");
        difficulty.setValue(3);
        TextField legalBasis = new TextField("法规依据（如《安全生产法》第二十一条）");
        TextField knowledgePoint = new TextField("知识点");
        TextField source = new TextField("来源");
        source.setValue("自编");
        FormLayout form = new FormLayout(type, points, stem, options, key, explanation, area, difficulty, industries,
                categories, legalBasis, knowledgePoint, source);
        form.setColspan(stem, 2);
        form.setColspan(options, 2);
        form.setColspan(explanation, 2);
        add(form);

        Button save = new Button("保存为草稿", e -> {
            List<String> optionLines = Arrays.stream(options.getValue().split("\\R"))
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            Taxonomy taxonomy = new Taxonomy(area.getOptionalValue().map(ReferenceEntry::code).orElse(""),
                    codesOrAll(industries.getSelectedItems()), codesOrAll(categories.getSelectedItems()),
                    difficulty.getValue() == null ? 0 : difficulty.getValue(), LegalBasis.parse(legalBasis.getValue()),
                    knowledgePoint.getValue().strip(), source.getValue().strip(), caller.username());
            SaveResult saved = items.create(caller, new ItemDraft(type.getValue(), stem.getValue(), optionLines,
                    key.getValue().strip(), explanation.getValue(), points.getValue() == null ? 0 : points.getValue(),
                    taxonomy));
            Notification.show("已保存第 " + saved.itemId() + " 题（草稿）" + (saved.similar().isEmpty() ? ""
                    : "；题库中有 " + saved.similar().size() + " 道相似题，最相似的是：" + saved.similar().get(0).similarStem()), 8000,
                    Notification.Position.TOP_CENTER);
            onSaved.run();
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("取消", e -> close()), save);
    }

    private static List<String> codesOrAll(java.util.Set<ReferenceEntry> selected) {
        return selected.isEmpty() ? List.of(Taxonomy.ALL) : selected.stream().map(ReferenceEntry::code).toList();
    }
}
