package cn.kaowu.ui.admin;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.reference.ReferenceDataAdministration;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.reference.ReferenceRow;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/**
 * 基础数据: industries, personnel categories, content areas and counties are data, kept here by
 * the administrator — add a local industry, rename, retire (retired values stay on old records).
 */
@Prototype
@Route(value = "reference-data", layout = MainLayout.class)
@PageTitle("基础数据 · 考务管理系统")
@VisibleTo(Role.ADMIN)
public class ReferenceDataView extends SectionPage {

    private final ReferenceDataAdministration administration;
    private final Caller caller = CurrentCaller.get();

    public ReferenceDataView(ReferenceDataAdministration administration) {
        super("nav.referenceData");
        this.administration = administration;
        TabSheet tabs = new TabSheet();
        for (ReferenceKind kind : ReferenceKind.values()) {
            tabs.add(kind.label(), listOf(kind));
        }
        tabs.setSizeFull();
        addAndExpand(tabs);
    }

    private VerticalLayout listOf(ReferenceKind kind) {
        Grid<ReferenceRow> grid = new Grid<>(ReferenceRow.class, false);
        grid.addColumn(ReferenceRow::code).setHeader("代码").setAutoWidth(true);
        grid.addColumn(ReferenceRow::name).setHeader("名称").setFlexGrow(1);
        grid.addColumn(ReferenceRow::detail).setHeader("说明").setFlexGrow(1);
        grid.addColumn(ReferenceRow::sortOrder).setHeader("排序").setAutoWidth(true);
        grid.addColumn(r -> r.active() ? "启用" : "已停用").setHeader("状态").setAutoWidth(true);
        grid.addComponentColumn(r -> r.active()
                ? new Button("停用", e -> act(grid, kind, () -> administration.retire(caller, kind, r.code())))
                : new Button("启用", e -> act(grid, kind, () -> administration.reactivate(caller, kind, r.code()))))
                .setAutoWidth(true);
        grid.setItems(administration.rows(caller, kind));

        TextField code = new TextField("代码");
        TextField name = new TextField("名称");
        TextField detail = new TextField("说明");
        IntegerField order = new IntegerField("排序");
        order.setValue(500);
        Button add = new Button("新增", e -> act(grid, kind, () -> administration.add(caller, kind,
                code.getValue().strip(), name.getValue().strip(), detail.getValue().strip(),
                order.getValue() == null ? 500 : order.getValue())));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rename = new Button("将所选改名为上方名称", e -> grid.asSingleSelect().getOptionalValue().ifPresentOrElse(
                r -> act(grid, kind, () -> administration.rename(caller, kind, r.code(), name.getValue().strip())),
                () -> Notification.show("请先在列表中选择一行")));
        HorizontalLayout form = new HorizontalLayout(code, name, detail, order, add, rename);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(form, grid);
        layout.setSizeFull();
        return layout;
    }

    private void act(Grid<ReferenceRow> grid, ReferenceKind kind, Runnable change) {
        change.run();
        Notification.show("已保存");
        grid.setItems(administration.rows(caller, kind));
    }
}
