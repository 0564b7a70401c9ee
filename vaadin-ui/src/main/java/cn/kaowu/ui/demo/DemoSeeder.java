package cn.kaowu.ui.demo;

import cn.kaowu.bank.demo.DemoBank;
import cn.kaowu.core.identity.AccountRepository;
import cn.kaowu.core.identity.AccountService;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Organisation;
import cn.kaowu.core.identity.OrganisationKind;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.registry.demo.DemoCity;
import cn.kaowu.core.registry.demo.DemoCityData;
import cn.kaowu.paper.blueprint.BlueprintService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Demo mode: on an empty H2 database, a demo city (institutions, projects, classes, rosters), the
 * demo question bank (through the normal import), a general blueprint, and one account per role,
 * so a new user can log in and look around. Passwords are random, printed once in the log, and stored only as bcrypt hashes.
 * Never on the mysql environment, whatever the configuration says.
 */
@Singleton
@Requires(property = "kaowu.demo.enabled", value = "true")
@Requires(notEnv = "mysql")
public class DemoSeeder implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final DemoCity demoCity;
    private final DemoBank demoBank;
    private final BlueprintService blueprints;
    private final SecureRandom random = new SecureRandom();

    public DemoSeeder(AccountRepository accounts, AccountService accountService, DemoCity demoCity,
                      DemoBank demoBank, BlueprintService blueprints) {
        this.accounts = accounts;
        this.demoCity = demoCity;
        this.demoBank = demoBank;
        this.blueprints = blueprints;
        this.accountService = accountService;
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        // One transaction: a failure leaves an empty database that the next start seeds again.
        if (accounts.count() > 0) {
            return;
        }
        Map<String, String> passwords = seed();
        StringBuilder banner = new StringBuilder("\n==== 演示账号（仅显示这一次，请妥善保存）====\n");
        passwords.forEach((user, password) -> banner.append(String.format("  %-12s %s%n", user, password)));
        banner.append("==========================================");
        LOG.warn(banner.toString());
    }

    private Map<String, String> seed() {
        Caller system = Caller.system();
        Organisation bureau = accountService.createOrganisation(system,
                Organisation.of(OrganisationKind.BUREAU, "牡丹江市应急管理局", null));
        Organisation county = accountService.createOrganisation(system,
                Organisation.of(OrganisationKind.COUNTY_BUREAU, "东安区应急管理局", "231002"));
        Organisation hr = accountService.createOrganisation(system,
                Organisation.of(OrganisationKind.HR_BUREAU, "牡丹江市人力资源和社会保障局", null));
        DemoCityData city = demoCity.seed(system);
        demoBank.seed(system);
        blueprints.createBlueprint(system, DemoBlueprint.general());
        long institution = city.institutionIds().get(0);
        long otherInstitution = city.institutionIds().get(1);

        Map<String, String> passwords = new LinkedHashMap<>();
        account(passwords, "admin", "系统管理员", Role.ADMIN, bureau);
        account(passwords, "builder", "市局出卷人", Role.PAPER_BUILDER, bureau);
        // A second paper builder: an item is approved by someone other than its author.
        account(passwords, "builder2", "市局审题人", Role.PAPER_BUILDER, bureau);
        account(passwords, "invigilator", "东安区监考员", Role.INVIGILATOR, county);
        account(passwords, "institution", "培训中心联络员", Role.INSTITUTION, institution);
        account(passwords, "institution2", "技师学院联络员", Role.INSTITUTION, otherInstitution);
        account(passwords, "candidate", "考生", Role.CANDIDATE, institution);
        account(passwords, "reviewer", "人社局验收员", Role.ACCEPTANCE_REVIEWER, hr);
        return passwords;
    }

    private void account(Map<String, String> passwords, String username, String name, Role role, Organisation org) {
        account(passwords, username, name, role, org.id());
    }

    private void account(Map<String, String> passwords, String username, String name, Role role, long organisationId) {
        String password = newPassword();
        accountService.create(Caller.system(), new AccountService.NewAccount(username, name, password, role, organisationId));
        passwords.put(username, password);
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // Always a digit and a letter, as the password policy requires.
        return password.append(random.nextInt(10)).append('k').toString();
    }
}
