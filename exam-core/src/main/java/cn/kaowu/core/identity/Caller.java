package cn.kaowu.core.identity;

import java.util.Objects;

/**
 * Who is asking: every service method that reads or changes exam content takes a caller and
 * checks role and scope before anything else (培考分离 in the service layer, not in the view).
 *
 * @param accountId      the account's id
 * @param username       the login name, as written into the audit log
 * @param role           the account's role
 * @param organisationId the organisation the account belongs to (its scope)
 */
public record Caller(long accountId, String username, Role role, long organisationId) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** The system itself (demo seeding, migrations of data): audited as "system". */
    public static Caller system() {
        return new Caller(0, "system", Role.ADMIN, 0);
    }
}
