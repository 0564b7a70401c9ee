package cn.kaowu.core.registry.service;

import java.math.BigDecimal;
import java.util.List;

/** A training project as the bureau approves it (status 已立项). */
public record NewProject(int year, long institutionId, String name, BigDecimal feeAmount, int plannedClasses,
                         List<ProjectTarget> targets) {
}
