package cn.kaowu.ui;

import cn.kaowu.core.identity.AccountService;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Organisation;
import cn.kaowu.core.identity.OrganisationKind;
import cn.kaowu.core.identity.Role;
import io.micronaut.context.ApplicationContext;

import java.util.EnumMap;
import java.util.Map;

/**
 * One account per role, created through the real services, for tests that go through HTTP.
 * Every account's password is {@link #PASSWORD}.
 */
public final class ApiTestAccounts {

    public static final String PASSWORD = "test-secret-2026";

    private ApiTestAccounts() {
    }

    /** Creates the accounts once per application context and returns their usernames by role. */
    public static synchronized Map<Role, String> ensure(ApplicationContext context) {
        AccountService accounts = context.getBean(AccountService.class);
        Map<Role, String> usernames = new EnumMap<>(Role.class);
        Caller system = Caller.system();
        Map<OrganisationKind, Organisation> organisations = new EnumMap<>(OrganisationKind.class);
        for (OrganisationKind kind : OrganisationKind.values()) {
            organisations.put(kind, accounts.organisations(system).stream()
                    .filter(o -> o.name().equals("测试" + kind.label())).findFirst()
                    .orElseGet(() -> accounts.createOrganisation(system, Organisation.of(kind, "测试" + kind.label(), null))));
        }
        for (Role role : Role.values()) {
            String username = "t-" + role.name().toLowerCase().replace('_', '-');
            if (accounts.list(system).stream().noneMatch(a -> a.username().equals(username))) {
                accounts.create(system, new AccountService.NewAccount(username, role.label(), PASSWORD, role,
                        organisations.get(role.homeKind()).id()));
            }
            usernames.put(role, username);
        }
        return usernames;
    }
}
