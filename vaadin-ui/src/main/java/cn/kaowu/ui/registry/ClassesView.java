package cn.kaowu.ui.registry;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.reference.ReferenceData;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.registry.importing.RosterTemplate;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.core.registry.service.ClassView;
import cn.kaowu.core.registry.service.IneligibleCandidate;
import cn.kaowu.core.registry.service.ProjectService;
import cn.kaowu.core.registry.service.ProjectView;
import cn.kaowu.core.registry.service.RosterEntryView;
import cn.kaowu.core.registry.service.RosterImportResult;
import cn.kaowu.core.registry.service.RosterImportService;
import cn.kaowu.core.registry.service.RosterService;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.Files;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.ReferenceLabels;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 班次与花名册: classes of the projects the caller may see; for the selected class its roster,
 * the roster import (all-or-nothing, with per-row errors) and the exam-eligibility panel.
 */
@Prototype
@Route(value = "classes", layout = MainLayout.class)
@PageTitle("班次与花名册 · 考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN, Role.INSTITUTION, Role.ACCEPTANCE_REVIEWER})
public class ClassesView extends SectionPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ClassService classes;
    private final RosterService rosters;
    private final RosterImportService imports;
    private final ReferenceLabels labels;
    private final Caller caller = CurrentCaller.get();

    private final ComboBox<ProjectView> project = new ComboBox<>("培训项目");
    private final Grid<ClassView> classGrid = new Grid<>(ClassView.class, false);
    private final Grid<RosterEntryView> rosterGrid = new Grid<>(RosterEntryView.class, false);
    private final Grid<IneligibleCandidate> ineligibleGrid = new Grid<>(IneligibleCandidate.class, false);
    private final Span eligibilitySummary = new Span();
    private final VerticalLayout importPanel = new VerticalLayout();
    private final Div importErrors = new Div();

    public ClassesView(ProjectService projects, ClassService classes, RosterService rosters,
                       RosterImportService imports, ReferenceData referenceData) {
        super("nav.classes");
        this.classes = classes;
        this.rosters = rosters;
        this.imports = imports;
        this.labels = new ReferenceLabels(referenceData);

        project.setItems(projects.projects(caller, null));
        project.setItemLabelGenerator(p -> p.year() + " · " + p.name());
        project.setClearButtonVisible(true);
        project.setPlaceholder("全部项目");
        project.setWidth("40em");
        project.addValueChangeListener(e -> refreshClasses());
        List<ProjectView> visibleProjects = projects.projects(caller, null);
        Button create = new Button("新建班次", e -> new ClassForm(caller, classes, labels, visibleProjects, this::refreshClasses).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(caller.role() != Role.ACCEPTANCE_REVIEWER);
        HorizontalLayout tools = new HorizontalLayout(project, create);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(tools);

        classGrid.addColumn(ClassView::code).setHeader("班次编号").setAutoWidth(true);
        classGrid.addColumn(ClassView::name).setHeader("班次名称").setWidth("22em").setFlexGrow(2);
        classGrid.addColumn(c -> labels.name(ReferenceKind.PERSONNEL_CATEGORY, c.categoryCode())).setHeader("人员类别").setWidth("14em").setFlexGrow(1);
        classGrid.addColumn(c -> labels.name(ReferenceKind.INDUSTRY, c.industryCode())).setHeader("行业").setAutoWidth(true);
        classGrid.addColumn(c -> labels.name(ReferenceKind.COUNTY, c.countyCode())).setHeader("县（市、区）").setAutoWidth(true);
        classGrid.addColumn(c -> DAY.format(c.startDate()) + " 至 " + DAY.format(c.endDate())).setHeader("日期").setAutoWidth(true);
        classGrid.addColumn(c -> c.plannedHours().total().toPlainString()).setHeader("计划学时").setAutoWidth(true);
        classGrid.addColumn(c -> c.rosterSize() + " / " + c.capacity()).setHeader("人数/容量").setAutoWidth(true);
        classGrid.addColumn(c -> c.examScheduled() ? "已排考" : "未排考").setHeader("考试").setAutoWidth(true);
        classGrid.addSelectionListener(e -> showClass(e.getFirstSelectedItem().orElse(null)));

        rosterGrid.addColumn(RosterEntryView::realName).setHeader("姓名").setAutoWidth(true);
        rosterGrid.addColumn(RosterEntryView::idNumber).setHeader("身份证号").setAutoWidth(true);
        rosterGrid.addColumn(RosterEntryView::gender).setHeader("性别").setAutoWidth(true);
        rosterGrid.addColumn(RosterEntryView::phone).setHeader("手机号").setAutoWidth(true);
        rosterGrid.addColumn(RosterEntryView::enterpriseName).setHeader("所在企业").setFlexGrow(1);
        rosterGrid.addColumn(RosterEntryView::jobTitle).setHeader("岗位").setAutoWidth(true);
        rosterGrid.addColumn(r -> r.completedHours().toString()).setHeader("已完成学时").setAutoWidth(true);

        ineligibleGrid.addColumn(IneligibleCandidate::realName).setHeader("姓名").setAutoWidth(true);
        ineligibleGrid.addColumn(IneligibleCandidate::idNumber).setHeader("身份证号").setAutoWidth(true);
        ineligibleGrid.addColumn(IneligibleCandidate::reason).setHeader("不具备考试资格的原因").setFlexGrow(1);
        VerticalLayout eligibility = new VerticalLayout(eligibilitySummary, ineligibleGrid);
        eligibility.setSizeFull();

        TabSheet details = new TabSheet();
        details.add("花名册", rosterGrid);
        details.add("考试资格", eligibility);
        if (caller.role() != Role.ACCEPTANCE_REVIEWER) {
            details.add("导入花名册", importPanel);
        }
        details.setSizeFull();

        SplitLayout split = new SplitLayout(classGrid, details, SplitLayout.Orientation.VERTICAL);
        split.setSplitterPosition(40);
        split.setSizeFull();
        addAndExpand(split);
        refreshClasses();
    }

    private void refreshClasses() {
        classGrid.setItems(classes.classes(caller, project.getOptionalValue().map(ProjectView::id).orElse(null)));
        showClass(null);
    }

    private void showClass(ClassView trainingClass) {
        importPanel.removeAll();
        importErrors.removeAll();
        if (trainingClass == null) {
            rosterGrid.setItems(List.of());
            ineligibleGrid.setItems(List.of());
            eligibilitySummary.setText("请在上方选择一个班次");
            importPanel.add(new Paragraph("请在上方选择一个班次"));
            return;
        }
        List<RosterEntryView> roster = rosters.roster(caller, trainingClass.id());
        rosterGrid.setItems(roster);
        List<IneligibleCandidate> ineligible = rosters.ineligibleCandidates(caller, trainingClass.id());
        ineligibleGrid.setItems(ineligible);
        eligibilitySummary.setText("共 " + roster.size() + " 人，其中 " + (roster.size() - ineligible.size())
                + " 人具备考试资格，" + ineligible.size() + " 人学时不符合要求（安排考试前请核实）。");

        importPanel.add(new H4("导入“" + trainingClass.name() + "”（" + trainingClass.code() + "）的花名册"),
                new Paragraph("支持 .xlsx 与 .csv（UTF-8 或 GBK）。先校验每一行，全部正确才写入；同一文件重复上传不会产生重复人员。"),
                Files.download("下载花名册模板", RosterTemplate.FILE_NAME, Files.XLSX, () -> imports.template(caller)),
                Files.upload(List.of(".xlsx", ".csv", Files.XLSX, "text/csv"), 20 * 1024 * 1024,
                        (fileName, bytes) -> importRoster(trainingClass, fileName, bytes)),
                importErrors);
    }

    private void importRoster(ClassView trainingClass, String fileName, byte[] bytes) {
        RosterImportResult result = imports.importRoster(caller, trainingClass.id(), fileName, bytes);
        importErrors.removeAll();
        if (!result.imported()) {
            importErrors.add(new H4("未导入：发现 " + result.errors().size() + " 处错误，请修改文件后重新上传"));
            Grid<String> errors = new Grid<>();
            errors.addColumn(text -> text).setHeader("错误");
            errors.setItems(result.errorTexts());
            errors.setAllRowsVisible(result.errors().size() <= 15);
            importErrors.add(errors);
            return;
        }
        Notification.show("已导入 " + result.rows() + " 行：新增 " + result.entriesCreated() + " 人，更新 "
                        + result.entriesUpdated() + " 人，未变 " + result.entriesUnchanged() + " 人", 6000,
                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        classGrid.getDataProvider().refreshAll();
        rosterGrid.setItems(rosters.roster(caller, trainingClass.id()));
        ineligibleGrid.setItems(rosters.ineligibleCandidates(caller, trainingClass.id()));
    }
}
