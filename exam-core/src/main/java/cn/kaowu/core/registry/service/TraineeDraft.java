package cn.kaowu.core.registry.service;

import cn.kaowu.core.registry.domain.Hours;

/** One trainee to add to a class by hand; checked exactly as an uploaded row. */
public record TraineeDraft(String realName, String idNumber, String phone, String enterpriseName, String creditCode,
                           String jobTitle, Hours hours) {
}
