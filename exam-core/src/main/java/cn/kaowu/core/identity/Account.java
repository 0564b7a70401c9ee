package cn.kaowu.core.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A login. The password is kept only as a bcrypt hash; failed attempts and the lock survive a
 * restart, so a lock cannot be cleared by restarting the server.
 */
@MappedEntity("account")
public record Account(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        long organisationId,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        @DateCreated @Nullable Instant createdAt) {

    public Caller asCaller() {
        return new Caller(id, username, role, organisationId);
    }

    Account withFailures(int failures, @Nullable Instant lockedUntil) {
        return new Account(id, username, displayName, passwordHash, role, organisationId, enabled,
                failures, lockedUntil, createdAt);
    }

    Account withPasswordHash(String hash) {
        return new Account(id, username, displayName, hash, role, organisationId, enabled,
                0, null, createdAt);
    }
}
