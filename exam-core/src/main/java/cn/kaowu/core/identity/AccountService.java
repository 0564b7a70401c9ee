package cn.kaowu.core.identity;

import cn.kaowu.core.audit.AuditLog;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.core.policy.Verdict;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Accounts and organisations, managed by the administrator. */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final AuditLog auditLog;

    public AccountService(AccountRepository accounts, OrganisationRepository organisations, AuditLog auditLog) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    /** A new account; the role must fit the kind of organisation it belongs to. */
    @Transactional
    public Account create(Caller caller, NewAccount request) {
        AccessPolicy.requireAdministrator(caller);
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(PasswordPolicy.check(request.password()));
        if (request.username() == null || !request.username().matches("[A-Za-z0-9_.-]{3,64}")) {
            verdicts.add(Verdict.rejected("用户名须为3至64位字母、数字、下划线、点或连字符"));
        } else if (accounts.findByUsername(request.username()).isPresent()) {
            verdicts.add(Verdict.rejected("用户名“" + request.username() + "”已被使用"));
        }
        Organisation organisation = organisations.findById(request.organisationId()).orElse(null);
        if (organisation == null) {
            verdicts.add(Verdict.rejected("所属单位不存在"));
        } else if (organisation.kind() != request.role().homeKind()) {
            verdicts.add(Verdict.rejected(request.role().label() + "账号须属于" + request.role().homeKind().label()
                    + "，而“" + organisation.name() + "”是" + organisation.kind().label()));
        }
        RuleViolation.throwIfRejected(verdicts);
        Account saved = accounts.save(new Account(null, request.username(), request.displayName(),
                PasswordHasher.hash(request.password().toCharArray()), request.role(), request.organisationId(),
                true, 0, null, null));
        auditLog.record(caller, "account.create", "account", String.valueOf(saved.id()),
                saved.username() + "（" + saved.role().label() + "）");
        return saved;
    }

    @Transactional
    public void changePassword(Caller caller, long accountId, String newPassword) {
        if (caller.accountId() != accountId) {
            AccessPolicy.requireAdministrator(caller);
        }
        RuleViolation.throwIfRejected(List.of(PasswordPolicy.check(newPassword)));
        Account account = accounts.findById(accountId).orElseThrow(() -> new RuleViolation("账号不存在"));
        accounts.update(account.withPasswordHash(PasswordHasher.hash(newPassword.toCharArray())));
        auditLog.record(caller, "account.password", "account", String.valueOf(accountId), "");
    }

    @Transactional
    public List<Account> list(Caller caller) {
        AccessPolicy.requireAdministrator(caller);
        return accounts.findAllOrderByUsername();
    }

    @Transactional
    public Organisation createOrganisation(Caller caller, Organisation organisation) {
        AccessPolicy.requireAdministrator(caller);
        if (organisations.findByName(organisation.name()).isPresent()) {
            throw new RuleViolation("单位“" + organisation.name() + "”已存在");
        }
        Organisation saved = organisations.save(organisation);
        auditLog.record(caller, "organisation.create", "organisation", String.valueOf(saved.id()), saved.name());
        return saved;
    }

    @Transactional
    public List<Organisation> organisations(Caller caller) {
        AccessPolicy.requireAdministrator(caller);
        List<Organisation> all = new ArrayList<>();
        organisations.findAll().forEach(all::add);
        return all;
    }

    /** What an administrator fills in to create an account. */
    public record NewAccount(String username, String displayName, String password, Role role, long organisationId) {
    }
}
