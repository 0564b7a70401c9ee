package cn.kaowu.ui.registry;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.registry.domain.ProjectStatus;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.registry.service.InstitutionService;
import cn.kaowu.core.registry.service.ProjectService;
import cn.kaowu.core.registry.service.ProjectView;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.ReferenceLabels;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/**
 * 培训项目: the bureau sees every project, an institution only its own (the service scopes the
 * list); status moves along approved → running → finished → acceptance applied → accepted/rejected.
 */
@Prototype
@Route(value = "projects", layout = MainLayout.class)
@PageTitle("培训项目 · 考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN, Role.INSTITUTION, Role.ACCEPTANCE_REVIEWER})
public class ProjectsView extends SectionPage {

    private final ProjectService projects;
    private final Caller caller = CurrentCaller.get();
    private final Grid<ProjectView> grid = new Grid<>(ProjectView.class, false);
    private final IntegerField year = new IntegerField("年度");

    public ProjectsView(ProjectService projects, InstitutionService institutions, ReferenceData referenceData) {
        super("nav.projects");
        this.projects = projects;

        year.setClearButtonVisible(true);
        year.setPlaceholder("全部");
        year.addValueChangeListener(e -> refresh());

        ComboBox<ProjectStatus> target = new ComboBox<>("变更状态为");
        target.setItems(ProjectStatus.values());
        target.setItemLabelGenerator(ProjectStatus::label);
        Button change = new Button("变更状态", e -> grid.asSingleSelect().getOptionalValue().ifPresentOrElse(p -> {
            if (target.isEmpty()) {
                Notification.show("请选择目标状态");
                return;
            }
            projects.changeStatus(caller, p.id(), target.getValue());
            Notification.show("项目“" + p.name() + "”已变更为" + target.getValue().label());
            refresh();
        }, () -> Notification.show("请先在列表中选择一个项目")));
        boolean mayChange = caller.role() != Role.ACCEPTANCE_REVIEWER;
        target.setVisible(mayChange);
        change.setVisible(mayChange);
        Button create = new Button("新建项目", e -> new ProjectForm(caller, projects, institutions.institutions(caller),
                new ReferenceLabels(referenceData), this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Projects are approved by the bureau (立项); the service refuses anyone else.
        create.setVisible(caller.role() == Role.PAPER_BUILDER || caller.role() == Role.ADMIN);
        HorizontalLayout tools = new HorizontalLayout(year, target, change, create);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(tools);

        grid.addColumn(ProjectView::year).setHeader("年度").setAutoWidth(true);
        grid.addColumn(ProjectView::name).setHeader("项目名称").setFlexGrow(2);
        grid.addColumn(ProjectView::institutionName).setHeader("施教单位").setFlexGrow(1);
        grid.addColumn(ProjectView::statusLabel).setHeader("状态").setAutoWidth(true);
        grid.addColumn(p -> p.feeAmount().toPlainString()).setHeader("经费（元）").setAutoWidth(true);
        grid.addColumn(ProjectView::plannedClasses).setHeader("计划班次").setAutoWidth(true);
        grid.addColumn(ProjectView::classCount).setHeader("已建班次").setAutoWidth(true);
        grid.addColumn(p -> p.targets().stream().mapToInt(t -> t.headcount()).sum()).setHeader("目标人数").setAutoWidth(true);
        grid.setSizeFull();
        addAndExpand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(projects.projects(caller, year.getValue()));
    }
}
