package cn.kaowu.core.identity;

import cn.kaowu.core.audit.AuditLog;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Checks a username and password for the login page and for the API. Five failures lock the
 * account, and separately the client address, for fifteen minutes, with a message that says so.
 */
@Singleton
public class LoginService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final LoginThrottle addressThrottle;

    public LoginService(AccountRepository accounts, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.addressThrottle = new LoginThrottle(clock);
    }

    /**
     * @return the caller for a correct username and password
     * @throws LoginRejected with a message for the user otherwise
     */
    @Transactional(dontRollbackOn = LoginRejected.class)
    public Caller login(String username, char[] password, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> addressLock = addressThrottle.lockedUntil(clientAddress);
        if (addressLock.isPresent()) {
            throw new LoginRejected("该地址登录失败次数过多，已锁定至" + TIME.format(addressLock.get()) + "，请稍后再试");
        }
        Optional<Account> found = accounts.findByUsername(username == null ? "" : username.strip());
        if (found.isEmpty()) {
            PasswordHasher.verifyAgainstDummy(password);
            addressThrottle.recordFailure(clientAddress);
            throw new LoginRejected("用户名或密码错误");
        }
        Account account = found.get();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            throw new LoginRejected("该账号连续登录失败" + LoginThrottle.MAX_FAILURES + "次，已锁定至"
                    + TIME.format(account.lockedUntil()) + "（15分钟），请稍后再试");
        }
        if (!account.enabled()) {
            PasswordHasher.verifyAgainstDummy(password);
            throw new LoginRejected("该账号已停用，请联系系统管理员");
        }
        if (!PasswordHasher.matches(password, account.passwordHash())) {
            addressThrottle.recordFailure(clientAddress);
            int failures = account.failedAttempts() + 1;
            boolean lock = failures >= LoginThrottle.MAX_FAILURES;
            accounts.update(account.withFailures(lock ? 0 : failures, lock ? now.plus(LoginThrottle.LOCK) : null));
            if (lock) {
                auditLog.record(account.asCaller(), "account.lock", "account", String.valueOf(account.id()),
                        "连续登录失败，锁定15分钟；地址 " + clientAddress);
                throw new LoginRejected("密码错误次数过多，账号已锁定15分钟");
            }
            throw new LoginRejected("用户名或密码错误（还可尝试" + (LoginThrottle.MAX_FAILURES - failures) + "次）");
        }
        addressThrottle.recordSuccess(clientAddress);
        if (account.failedAttempts() > 0 || account.lockedUntil() != null) {
            accounts.update(account.withFailures(0, null));
        }
        return account.asCaller();
    }
}
