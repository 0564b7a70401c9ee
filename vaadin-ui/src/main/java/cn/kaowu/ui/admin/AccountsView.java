package cn.kaowu.ui.admin;

import cn.kaowu.core.identity.Account;
import cn.kaowu.core.identity.AccountService;
import cn.kaowu.core.identity.Organisation;
import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.CurrentCaller;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.Map;
import java.util.stream.Collectors;

/** 账号管理: accounts with their role and organisation; new accounts. */
@Prototype
@Route(value = "accounts", layout = MainLayout.class)
@PageTitle("账号管理 · 考务管理系统")
@VisibleTo(Role.ADMIN)
public class AccountsView extends SectionPage {

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>(Account.class, false);

    public AccountsView(AccountService accounts) {
        super("nav.accounts");
        this.accounts = accounts;
        Button create = new Button("新建账号", e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);

        Map<Long, String> organisationNames = accounts.organisations(CurrentCaller.get()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        grid.addColumn(Account::username).setHeader("用户名").setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader("姓名").setAutoWidth(true);
        grid.addColumn(a -> a.role().label()).setHeader("角色").setAutoWidth(true);
        grid.addColumn(a -> organisationNames.getOrDefault(a.organisationId(), "")).setHeader("所属单位").setFlexGrow(1);
        grid.addColumn(a -> a.enabled() ? "启用" : "停用").setHeader("状态").setAutoWidth(true);
        grid.setSizeFull();
        addAndExpand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list(CurrentCaller.get()));
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("新建账号");
        TextField username = new TextField("用户名");
        TextField displayName = new TextField("姓名");
        PasswordField password = new PasswordField("初始密码");
        password.setHelperText("至少10位，须同时包含字母和数字");
        ComboBox<Role> role = new ComboBox<>("角色");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        ComboBox<Organisation> organisation = new ComboBox<>("所属单位");
        organisation.setItems(accounts.organisations(CurrentCaller.get()));
        organisation.setItemLabelGenerator(o -> o.name() + "（" + o.kind().label() + "）");
        FormLayout form = new FormLayout(username, displayName, password, role, organisation);
        dialog.add(form);
        Button save = new Button("保存", e -> {
            if (role.isEmpty() || organisation.isEmpty()) {
                Notification.show("请选择角色和所属单位");
                return;
            }
            accounts.create(CurrentCaller.get(), new AccountService.NewAccount(username.getValue().strip(),
                    displayName.getValue().strip(), password.getValue(), role.getValue(),
                    organisation.getValue().id()));
            dialog.close();
            refresh();
            Notification.show("账号已创建");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("取消", e -> dialog.close()), save);
        dialog.open();
    }

}
