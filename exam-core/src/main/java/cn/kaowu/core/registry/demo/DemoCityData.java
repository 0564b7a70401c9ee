package cn.kaowu.core.registry.demo;

import java.util.List;

/**
 * What {@link DemoCity#seed} created, for the lead's demo accounts.
 *
 * @param institutionIds    the two institutions' organisation ids (kind INSTITUTION)
 * @param classIds          the six classes
 * @param candidatePersonId one trainee (eligible, on the first class) to give a candidate account
 */
public record DemoCityData(List<Long> institutionIds, List<Long> classIds, long candidatePersonId) {
}
