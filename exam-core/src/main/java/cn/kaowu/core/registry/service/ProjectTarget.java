package cn.kaowu.core.registry.service;

/** Target headcount of a project for one personnel category in one industry. */
public record ProjectTarget(String categoryCode, String industryCode, int headcount) {
}
