package cn.kaowu.core.registry.service;

import cn.kaowu.core.registry.domain.Hours;

/**
 * One trainee on a class's roster, as lists show it. {@code idNumber} is masked
 * ({@code 1101**********1234}) for every caller but the paper builder.
 */
public record RosterEntryView(long entryId, long classId, long personId, String realName, String idNumber,
                              String gender, String phone, long enterpriseId, String enterpriseName,
                              String jobTitle, Hours completedHours) {
}
