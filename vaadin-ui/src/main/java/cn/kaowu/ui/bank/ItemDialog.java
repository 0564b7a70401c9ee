package cn.kaowu.ui.bank;

import cn.kaowu.bank.item.FieldChange;
import cn.kaowu.bank.item.ItemDetail;
import cn.kaowu.bank.item.ItemDraft;
import cn.kaowu.bank.item.ItemService;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemVersion;
import cn.kaowu.bank.item.SaveResult;
import cn.kaowu.bank.item.Taxonomy;
import cn.kaowu.bank.review.ReviewService;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.ui.shell.ReferenceLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * One item: its latest version, the review actions its status allows, an edit that makes a new
 * version, and the history with what changed between versions. Text is shown as text (never HTML).
 */
class ItemDialog extends Dialog {

    private final Caller caller;
    private final ItemService items;
    private final ReviewService review;
    private final ReferenceLabels labels;
    private final long itemId;
    private final Runnable onChange;

    ItemDialog(Caller caller, ItemService items, ReviewService review, ReferenceLabels labels, long itemId,
               Runnable onChange) {
        this.caller = caller;
        this.items = items;
        this.review = review;
        this.labels = labels;
        this.itemId = itemId;
        this.onChange = onChange;
        setWidth("70em");
        render();
    }

    private void render() {
        removeAll();
        getFooter().removeAll();
        ItemDetail detail = items.show(caller, itemId);
        ItemDraft content = detail.latest().content();
        setHeaderTitle("第 " + itemId + " 题 · " + content.type().label() + " · " + detail.item().status().label()
                + " · v" + detail.latest().version());

        TabSheet tabs = new TabSheet();
        tabs.add("内容", contentOf(content));
        tabs.add("编辑（生成新版本）", editor(content));
        tabs.add("版本历史", history());
        tabs.setWidthFull();
        add(tabs);
        if (detail.item().reviewComment() != null && !detail.item().reviewComment().isBlank()) {
            add(new Paragraph("审核意见：" + detail.item().reviewComment()));
        }
        actions(detail.item().status());
    }

    private VerticalLayout contentOf(ItemDraft content) {
        VerticalLayout layout = new VerticalLayout();
        layout.add(new H4(content.stem()));
        for (int i = 0; i < content.options().size(); i++) {
            layout.add(new Div(ItemDraft.letter(i) + ". " + content.options().get(i)));
        }
        Taxonomy t = content.taxonomy();
        layout.add(new Paragraph("答案：" + content.key() + "　分值：" + content.points()),
                new Paragraph("解析：" + content.explanation()),
                new Paragraph("内容领域：" + labels.name(ReferenceKind.CONTENT_AREA, t.contentArea())
                        + "　行业：" + names(ReferenceKind.INDUSTRY, t.industries())
                        + "　人员类别：" + names(ReferenceKind.PERSONNEL_CATEGORY, t.categories())
                        + "　难度：" + t.difficulty()),
                new Paragraph("法规依据：" + t.legalBasis().display() + "　知识点：" + t.knowledgePoint()
                        + "　来源：" + t.source() + "　作者：" + t.author()));
        return layout;
    }

    private String names(ReferenceKind kind, List<String> codes) {
        if (codes.isEmpty() || codes.contains(Taxonomy.ALL)) {
            return "全部";
        }
        return String.join("、", codes.stream().map(c -> labels.name(kind, c)).toList());
    }

    private VerticalLayout editor(ItemDraft content) {
        TextArea stem = new TextArea("题干");
        stem.setValue(content.stem());
        stem.setWidthFull();
        TextArea options = new TextArea("选项（每行一个）");
        options.setValue(String.join("\n", content.options()));
        options.setWidthFull();
        TextArea key = new TextArea("答案");
        key.setValue(content.key());
        TextArea explanation = new TextArea("解析");
        explanation.setValue(content.explanation());
        explanation.setWidthFull();
        Button save = new Button("保存为新版本", e -> {
            List<String> optionLines = new ArrayList<>();
            for (String line : options.getValue().split("\\R")) {
                if (!line.isBlank()) {
                    optionLines.add(line.strip());
                }
            }
            SaveResult saved = items.edit(caller, itemId, new ItemDraft(content.type(), stem.getValue(), optionLines,
                    key.getValue().strip(), explanation.getValue(), content.points(), content.taxonomy()));
            Notification.show("已保存为第 " + saved.version() + " 版"
                    + (saved.similar().isEmpty() ? "" : "；注意：题库中有 " + saved.similar().size() + " 道相似题"));
            onChange.run();
            render();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(stem, options, key, explanation, save);
    }

    private VerticalLayout history() {
        List<ItemVersion> versions = items.history(caller, itemId);
        Grid<ItemVersion> grid = new Grid<>(ItemVersion.class, false);
        grid.addColumn(v -> "v" + v.version()).setHeader("版本").setAutoWidth(true);
        grid.addColumn(ItemVersion::createdBy).setHeader("修改人").setAutoWidth(true);
        grid.addColumn(v -> v.createdAt().toString()).setHeader("时间").setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        Grid<FieldChange> changes = new Grid<>(FieldChange.class, false);
        changes.addColumn(FieldChange::label).setHeader("字段").setAutoWidth(true);
        changes.addColumn(FieldChange::before).setHeader("修改前").setFlexGrow(1);
        changes.addColumn(FieldChange::after).setHeader("修改后").setFlexGrow(1);
        changes.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(v -> changes.setItems(
                v.version() == 1 ? List.of() : items.diff(caller, itemId, v.version() - 1, v.version()))));
        return new VerticalLayout(grid, new Paragraph("选择一个版本，查看它与上一版本的差异："), changes);
    }

    private void actions(ItemStatus status) {
        TextArea comment = new TextArea();
        comment.setPlaceholder("退回或停用的理由");
        List<Button> buttons = new ArrayList<>();
        if (status == ItemStatus.DRAFT || status == ItemStatus.RETURNED) {
            buttons.add(new Button("提交审核", e -> act(() -> review.submit(caller, itemId), "已提交审核")));
        }
        if (status == ItemStatus.SUBMITTED) {
            buttons.add(new Button("审核通过", e -> act(() -> review.approve(caller, itemId), "已审核通过")));
            buttons.add(new Button("退回", e -> act(() -> review.returnToAuthor(caller, itemId, comment.getValue()), "已退回")));
        }
        if (status == ItemStatus.ACTIVE) {
            buttons.add(new Button("停用", e -> act(() -> review.retire(caller, itemId, comment.getValue()), "已停用")));
        }
        if (buttons.size() > 0 && status != ItemStatus.DRAFT) {
            getFooter().add(comment);
        }
        buttons.forEach(getFooter()::add);
        getFooter().add(new Button("关闭", e -> close()));
    }

    private void act(Runnable action, String done) {
        action.run();
        Notification.show(done);
        onChange.run();
        render();
    }
}
