package cn.kaowu.core.registry.service;

import cn.kaowu.core.registry.domain.ProjectStatus;

import java.math.BigDecimal;
import java.util.List;

/** A training project (培训项目) with its targets and the number of classes it has so far. */
public record ProjectView(long id, int year, long institutionId, String institutionName, String name,
                          ProjectStatus status, String statusLabel, BigDecimal feeAmount, int plannedClasses,
                          int classCount, List<ProjectTarget> targets) {
}
