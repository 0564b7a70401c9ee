package cn.kaowu.core.registry.service;

import cn.kaowu.core.registry.domain.Hours;

import java.time.LocalDate;

/** A class (班次) with its roster size. */
public record ClassView(long id, long projectId, int year, long institutionId, String code, String name,
                        String categoryCode, String industryCode, String countyCode,
                        LocalDate startDate, LocalDate endDate, Hours plannedHours, int capacity,
                        int rosterSize, boolean examScheduled) {
}
