package cn.kaowu.core.identity;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A bureau, county bureau, institution or HR bureau. Accounts belong to one; it is the scope on
 * which 培考分离 is enforced.
 */
@MappedEntity("organisation")
public record Organisation(
        @Id @GeneratedValue @Nullable Long id,
        OrganisationKind kind,
        String name,
        @Nullable String creditCode,
        @Nullable String countyCode,
        @DateCreated @Nullable Instant createdAt) {

    public static Organisation of(OrganisationKind kind, String name, String countyCode) {
        return new Organisation(null, kind, name, null, countyCode, null);
    }
}
