package cn.kaowu.core.registry.service;

import cn.kaowu.core.registry.domain.Hours;

import java.time.LocalDate;

/**
 * A class (班次) to create, or its new values on change. The code ("2026-MDJ-001") is assigned on
 * creation; the name defaults to the category and industry when blank.
 */
public record ClassDraft(long projectId, String name, String categoryCode, String industryCode, String countyCode,
                         LocalDate startDate, LocalDate endDate, Hours plannedHours, int capacity) {
}
