package cn.kaowu.ui.setup;

import cn.kaowu.core.identity.AccountRepository;
import cn.kaowu.core.identity.AccountService;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Organisation;
import cn.kaowu.core.identity.OrganisationKind;
import cn.kaowu.core.identity.Role;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first administrator of a production installation: when the database has no account and
 * {@code KAOWU_BOOTSTRAP_ADMIN_PASSWORD} is set, creates the bureau and an {@code admin} account
 * with that password (checked by the password policy). Ignored once any account exists.
 */
@Singleton
@Requires(property = "kaowu.bootstrap.admin-password")
public class AdminBootstrap implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final String password;
    private final String bureauName;

    public AdminBootstrap(AccountRepository accounts, AccountService accountService,
                          @Value("${kaowu.bootstrap.admin-password}") String password,
                          @Value("${kaowu.bootstrap.bureau-name:市应急管理局}") String bureauName) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.password = password;
        this.bureauName = bureauName;
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        if (password.isBlank() || accounts.count() > 0) {
            return;
        }
        Organisation bureau = accountService.createOrganisation(Caller.system(),
                Organisation.of(OrganisationKind.BUREAU, bureauName, null));
        accountService.create(Caller.system(),
                new AccountService.NewAccount("admin", "系统管理员", password, Role.ADMIN, bureau.id()));
        LOG.warn("已创建首个系统管理员账号 admin（所属单位：{}）。请登录后创建其他账号，并从环境中移除 KAOWU_BOOTSTRAP_ADMIN_PASSWORD。", bureauName);
    }
}
