package cn.kaowu.core.registry.service;

/** A trainee who may not sit the exam, and why (Chinese). The ID number is masked as in {@link RosterEntryView}. */
public record IneligibleCandidate(long entryId, long personId, String realName, String idNumber, String reason) {
}
