package cn.kaowu.ui.registry;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.registry.service.InstitutionView;
import cn.kaowu.core.registry.service.NewProject;
import cn.kaowu.core.registry.service.ProjectService;
import cn.kaowu.core.registry.service.ProjectTarget;
import cn.kaowu.core.registry.service.ProjectView;
import cn.kaowu.ui.shell.ReferenceLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/** A training project as the bureau approves it (已立项), with one target headcount to start with. */
class ProjectForm extends Dialog {

    ProjectForm(Caller caller, ProjectService projects, List<InstitutionView> institutions, ReferenceLabels labels,
                Runnable onSaved) {
        setHeaderTitle("新建培训项目（立项）");
        setWidth("48em");
        IntegerField year = new IntegerField("年度");
        year.setValue(Year.now().getValue());
        ComboBox<InstitutionView> institution = new ComboBox<>("施教单位");
        institution.setItems(institutions);
        institution.setItemLabelGenerator(InstitutionView::name);
        TextField name = new TextField("项目名称");
        BigDecimalField fee = new BigDecimalField("经费（元）");
        IntegerField plannedClasses = new IntegerField("计划班次");
        plannedClasses.setValue(2);
        ComboBox<ReferenceEntry> category = new ComboBox<>("目标人员类别");
        category.setItems(labels.entries(ReferenceKind.PERSONNEL_CATEGORY));
        category.setItemLabelGenerator(ReferenceEntry::name);
        ComboBox<ReferenceEntry> industry = new ComboBox<>("目标行业");
        industry.setItems(labels.entries(ReferenceKind.INDUSTRY));
        industry.setItemLabelGenerator(ReferenceEntry::name);
        IntegerField headcount = new IntegerField("目标人数");
        FormLayout form = new FormLayout(year, institution, name, fee, plannedClasses, category, industry, headcount);
        form.setColspan(name, 2);
        add(form);

        Button save = new Button("保存", e -> {
            if (institution.isEmpty() || category.isEmpty() || industry.isEmpty()) {
                Notification.show("请选择施教单位、目标人员类别与行业");
                return;
            }
            ProjectView created = projects.createProject(caller, new NewProject(
                    year.getValue() == null ? 0 : year.getValue(), institution.getValue().organisationId(),
                    name.getValue().strip(), fee.getValue() == null ? BigDecimal.ZERO : fee.getValue(),
                    plannedClasses.getValue() == null ? 0 : plannedClasses.getValue(),
                    List.of(new ProjectTarget(category.getValue().code(), industry.getValue().code(),
                            headcount.getValue() == null ? 0 : headcount.getValue()))));
            Notification.show("已立项：" + created.name());
            onSaved.run();
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("取消", e -> close()), save);
    }
}
