package cn.kaowu.core.identity;

import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts and log-in on every database the product runs on. */
abstract class LoginContract {

    abstract TestDatabase database();

    private String newAccount(Role role, OrganisationKind kind) {
        AccountService accounts = database().bean(AccountService.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation org = accounts.createOrganisation(Caller.system(), Organisation.of(kind, "单位" + suffix, null));
        String username = "user" + suffix;
        accounts.create(Caller.system(), new AccountService.NewAccount(username, "测试", "secret12345", role, org.id()));
        return username;
    }

    @Test
    void a_correct_password_logs_in_with_the_accounts_role_and_organisation() {
        String username = newAccount(Role.INSTITUTION, OrganisationKind.INSTITUTION);
        Caller caller = database().bean(LoginService.class).login(username, "secret12345".toCharArray(), "10.0.0.1");
        assertThat(caller.username()).isEqualTo(username);
        assertThat(caller.role()).isEqualTo(Role.INSTITUTION);
        assertThat(caller.organisationId()).isPositive();
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_with_the_right_one() {
        String username = newAccount(Role.PAPER_BUILDER, OrganisationKind.BUREAU);
        LoginService login = database().bean(LoginService.class);
        for (int i = 1; i <= 4; i++) {
            final int attempt = i;
            assertThatThrownBy(() -> login.login(username, "wrong".toCharArray(), "10.0.1." + attempt))
                    .isInstanceOf(LoginRejected.class).hasMessageContaining("还可尝试" + (5 - attempt) + "次");
        }
        assertThatThrownBy(() -> login.login(username, "wrong".toCharArray(), "10.0.1.5"))
                .isInstanceOf(LoginRejected.class).hasMessageContaining("锁定15分钟");
        assertThatThrownBy(() -> login.login(username, "secret12345".toCharArray(), "10.0.1.6"))
                .isInstanceOf(LoginRejected.class).hasMessageContaining("已锁定");
    }

    @Test
    void five_failures_from_one_address_lock_that_address() {
        LoginService login = database().bean(LoginService.class);
        String username = newAccount(Role.CANDIDATE, OrganisationKind.INSTITUTION);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login.login("nobody-" + UUID.randomUUID(), "x".toCharArray(), "10.9.9.9"))
                    .isInstanceOf(LoginRejected.class);
        }
        assertThatThrownBy(() -> login.login(username, "secret12345".toCharArray(), "10.9.9.9"))
                .isInstanceOf(LoginRejected.class).hasMessageContaining("该地址");
        assertThat(login.login(username, "secret12345".toCharArray(), "10.9.9.10").username()).isEqualTo(username);
    }

    @Test
    void an_account_must_belong_to_the_kind_of_organisation_its_role_needs() {
        AccountService accounts = database().bean(AccountService.class);
        Organisation institution = accounts.createOrganisation(Caller.system(),
                Organisation.of(OrganisationKind.INSTITUTION, "培训学校" + UUID.randomUUID(), null));
        assertThatThrownBy(() -> accounts.create(Caller.system(), new AccountService.NewAccount(
                "inv" + UUID.randomUUID().toString().substring(0, 6), "x", "secret12345", Role.INVIGILATOR, institution.id())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("监考员账号须属于县级应急管理局");
    }

    @Test
    void only_the_administrator_creates_accounts() {
        AccountService accounts = database().bean(AccountService.class);
        Caller builder = new Caller(1, "builder", Role.PAPER_BUILDER, 1);
        assertThatThrownBy(() -> accounts.create(builder, new AccountService.NewAccount(
                "someone", "x", "secret12345", Role.PAPER_BUILDER, 1)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> accounts.list(new Caller(2, "inst", Role.INSTITUTION, 3)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void creating_an_account_is_audited() {
        long before = database().bean(cn.kaowu.core.audit.AuditLog.class).verifyChain().entriesChecked();
        newAccount(Role.ACCEPTANCE_REVIEWER, OrganisationKind.HR_BUREAU);
        var verification = database().bean(cn.kaowu.core.audit.AuditLog.class).verifyChain();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(before + 2);
    }
}
