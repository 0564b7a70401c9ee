package cn.kaowu.ui.bank;

import cn.kaowu.bank.exporting.ExportService;
import cn.kaowu.bank.item.ItemService;
import cn.kaowu.bank.item.ItemStatus;
import cn.kaowu.bank.item.ItemType;
import cn.kaowu.bank.review.ReviewService;
import cn.kaowu.bank.search.ItemPage;
import cn.kaowu.bank.search.ItemQuery;
import cn.kaowu.bank.search.ItemRow;
import cn.kaowu.bank.search.ItemSearch;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.ui.shell.Files;
import cn.kaowu.ui.shell.ReferenceLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;

/**
 * The bank as a lazy grid with a filter per taxonomy field; counts per filter value (facets)
 * are shown next to the filters; selected items can be approved in one click.
 */
class ItemBrowser extends VerticalLayout {

    private final Caller caller;
    private final ItemSearch search;
    private final ReferenceLabels labels;
    private final Grid<ItemRow> grid = new Grid<>(ItemRow.class, false);
    private final TextField text = new TextField();
    private final ComboBox<ItemType> type = new ComboBox<>();
    private final ComboBox<ItemStatus> status = new ComboBox<>();
    private final ComboBox<ReferenceEntry> area = new ComboBox<>();
    private final ComboBox<ReferenceEntry> industry = new ComboBox<>();
    private final ComboBox<ReferenceEntry> category = new ComboBox<>();
    private final ComboBox<Integer> difficulty = new ComboBox<>();
    private final Span facets = new Span();
    private final CallbackDataProvider<ItemRow, Void> rows;

    ItemBrowser(Caller caller, ItemSearch search, ItemService items, ReviewService review, ExportService exports,
                ReferenceLabels labels) {
        this.caller = caller;
        this.search = search;
        this.labels = labels;
        setSizeFull();
        setPadding(false);

        text.setPlaceholder("题干关键词");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        type.setItems(ItemType.values());
        type.setItemLabelGenerator(ItemType::label);
        type.setPlaceholder("题型");
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(ItemStatus::label);
        status.setPlaceholder("状态");
        configure(area, ReferenceKind.CONTENT_AREA, "内容领域");
        configure(industry, ReferenceKind.INDUSTRY, "行业");
        configure(category, ReferenceKind.PERSONNEL_CATEGORY, "人员类别");
        difficulty.setItems(1, 2, 3, 4, 5);
        difficulty.setPlaceholder("难度");
        for (var field : java.util.List.of(type, status, area, industry, category, difficulty)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        text.addValueChangeListener(e -> refresh());

        Button approve = new Button("批量审核通过", e -> {
            var selected = grid.getSelectedItems().stream().map(ItemRow::id).toList();
            if (selected.isEmpty()) {
                Notification.show("请先勾选待审核的试题");
                return;
            }
            review.approveAll(caller, selected);
            Notification.show("已审核通过 " + selected.size() + " 道试题");
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout exportLinks = new HorizontalLayout(
                Files.download("导出 Excel", "题库导出.xlsx", Files.XLSX, () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    exports.exportXlsx(caller, query(0, Integer.MAX_VALUE), out);
                    return out.toByteArray();
                }),
                Files.download("导出 QTI 2.1", "题库-QTI21.zip", "application/zip", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    exports.exportQti(caller, query(0, Integer.MAX_VALUE), out);
                    return out.toByteArray();
                }));
        HorizontalLayout filters = new HorizontalLayout(text, type, status, area, industry, category, difficulty);
        filters.setWrap(true);
        Button create = new Button("新建试题", e -> new NewItemDialog(caller, items, labels, this::refresh).open());
        HorizontalLayout actions = new HorizontalLayout(create, approve, exportLinks, facets);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(filters, actions);

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ItemRow::id).setHeader("编号").setAutoWidth(true).setSortProperty("ID");
        grid.addColumn(r -> r.type().label()).setHeader("题型").setAutoWidth(true).setSortProperty("TYPE");
        grid.addColumn(ItemRow::stem).setHeader("题干").setWidth("30em").setFlexGrow(4);
        grid.addColumn(r -> labels.name(ReferenceKind.CONTENT_AREA, r.contentArea())).setHeader("内容领域")
                .setAutoWidth(true).setSortProperty("CONTENT_AREA");
        grid.addColumn(ItemRow::difficulty).setHeader("难度").setAutoWidth(true).setSortProperty("DIFFICULTY");
        grid.addColumn(r -> r.status().label()).setHeader("状态").setAutoWidth(true).setSortProperty("STATUS");
        grid.addColumn(r -> "v" + r.latestVersion()).setHeader("版本").setAutoWidth(true);
        grid.addColumn(ItemRow::legalBasis).setHeader("法规依据").setFlexGrow(1);
        grid.addItemDoubleClickListener(e -> new ItemDialog(caller, items, review, labels, e.getItem().id(), this::refresh).open());
        // Each page reads rows only; the total and the facets are read once per filter change.
        rows = DataProvider.fromCallbacks(
                q -> {
                    boolean sorted = !q.getSortOrders().isEmpty();
                    ItemQuery.Sort sort = sorted ? ItemQuery.Sort.valueOf(q.getSortOrders().get(0).getSorted()) : ItemQuery.Sort.ID;
                    boolean descending = !sorted || q.getSortOrders().get(0).getDirection() == SortDirection.DESCENDING;
                    return search.rows(caller, query(q.getOffset(), q.getLimit(), sort, descending)).stream();
                },
                q -> (int) search.count(caller, query(0, 1)));
        grid.setItems(rows);
        grid.setSizeFull();
        addAndExpand(grid);
        add(new Span("双击一行查看试题详情、版本历史与审核操作。"));
        refreshFacets();
    }

    private void configure(ComboBox<ReferenceEntry> box, ReferenceKind kind, String placeholder) {
        box.setItems(labels.entries(kind));
        box.setItemLabelGenerator(ReferenceEntry::name);
        box.setPlaceholder(placeholder);
    }

    ItemQuery query(int offset, int limit) {
        return query(offset, limit, ItemQuery.Sort.ID, true);
    }

    private ItemQuery query(int offset, int limit, ItemQuery.Sort sort, boolean descending) {
        return new ItemQuery(text.getValue().isBlank() ? null : text.getValue().strip(),
                type.isEmpty() ? Set.of() : Set.of(type.getValue()),
                status.isEmpty() ? Set.of() : Set.of(status.getValue()),
                area.isEmpty() ? Set.of() : Set.of(area.getValue().code()),
                industry.isEmpty() ? Set.of() : Set.of(industry.getValue().code()),
                category.isEmpty() ? Set.of() : Set.of(category.getValue().code()),
                difficulty.isEmpty() ? Set.of() : Set.of(difficulty.getValue()),
                null, null, null, null, sort, descending, offset, Math.min(limit, 500));
    }

    void refresh() {
        rows.refreshAll();
        refreshFacets();
    }

    private void refreshFacets() {
        ItemPage page = search.search(caller, query(0, 1));
        StringBuilder summary = new StringBuilder("共 " + page.total() + " 题");
        Map<String, Long> byType = page.facets().getOrDefault("type", Map.of());
        byType.forEach((t, n) -> summary.append(" · ").append(label(t)).append(' ').append(n));
        Map<String, Long> byStatus = page.facets().getOrDefault("status", Map.of());
        byStatus.forEach((s, n) -> summary.append(" · ").append(statusLabel(s)).append(' ').append(n));
        facets.setText(summary.toString());
    }

    private static String label(String type) {
        try {
            return ItemType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    private static String statusLabel(String status) {
        try {
            return ItemStatus.valueOf(status).label();
        } catch (IllegalArgumentException e) {
            return status;
        }
    }
}
