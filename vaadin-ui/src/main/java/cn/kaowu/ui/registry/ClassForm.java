package cn.kaowu.ui.registry;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.reference.ReferenceEntry;
import cn.kaowu.core.reference.ReferenceKind;
import cn.kaowu.core.registry.domain.Hours;
import cn.kaowu.core.registry.service.ClassDraft;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.core.registry.service.ClassView;
import cn.kaowu.core.registry.service.ProjectView;
import cn.kaowu.ui.shell.ReferenceLabels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Locale;

/**
 * A new class (班次): the service checks the hour rules, the offline share, the team leaders'
 * practical share and the class size for its category, and says which rule fails.
 */
class ClassForm extends Dialog {

    ClassForm(Caller caller, ClassService classes, ReferenceLabels labels, List<ProjectView> projects, Runnable onSaved) {
        setHeaderTitle("新建班次");
        setWidth("48em");
        ComboBox<ProjectView> project = new ComboBox<>("培训项目");
        project.setItems(projects);
        project.setItemLabelGenerator(p -> p.year() + " · " + p.name());
        TextField name = new TextField("班次名称（可空，默认按类别与行业）");
        ComboBox<ReferenceEntry> category = new ComboBox<>("人员类别");
        category.setItems(labels.entries(ReferenceKind.PERSONNEL_CATEGORY));
        category.setItemLabelGenerator(ReferenceEntry::name);
        ComboBox<ReferenceEntry> industry = new ComboBox<>("行业");
        industry.setItems(labels.entries(ReferenceKind.INDUSTRY));
        industry.setItemLabelGenerator(ReferenceEntry::name);
        ComboBox<ReferenceEntry> county = new ComboBox<>("县（市、区）");
        county.setItems(labels.entries(ReferenceKind.COUNTY));
        county.setItemLabelGenerator(ReferenceEntry::name);
        DatePicker start = new DatePicker("开班日期");
        DatePicker end = new DatePicker("结业日期");
        start.setLocale(Locale.SIMPLIFIED_CHINESE);
        end.setLocale(Locale.SIMPLIFIED_CHINESE);
        NumberField online = new NumberField("计划线上学时");
        NumberField offline = new NumberField("计划线下学时");
        NumberField practical = new NumberField("计划实训学时");
        online.setValue(6.0);
        offline.setValue(9.0);
        practical.setValue(0.0);
        IntegerField capacity = new IntegerField("容量（人）");
        capacity.setValue(40);
        FormLayout form = new FormLayout(project, name, category, industry, county, start, end, online, offline,
                practical, capacity);
        form.setColspan(project, 2);
        form.setColspan(name, 2);
        add(form);

        Button save = new Button("保存", e -> {
            if (project.isEmpty() || category.isEmpty() || industry.isEmpty() || county.isEmpty()
                    || start.isEmpty() || end.isEmpty()) {
                Notification.show("请填写培训项目、人员类别、行业、县（市、区）与日期");
                return;
            }
            ClassView created = classes.createClass(caller, new ClassDraft(project.getValue().id(), name.getValue().strip(),
                    category.getValue().code(), industry.getValue().code(), county.getValue().code(),
                    start.getValue(), end.getValue(),
                    Hours.of(value(online), value(offline), value(practical)),
                    capacity.getValue() == null ? 0 : capacity.getValue()));
            Notification.show("已创建班次 " + created.code());
            onSaved.run();
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("取消", e -> close()), save);
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
