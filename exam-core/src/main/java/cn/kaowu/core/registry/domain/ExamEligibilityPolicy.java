package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A trainee may sit the exam only if the hours they completed satisfy the hour rules of their
 * class's category (range, in-person share, practical share).
 */
public final class ExamEligibilityPolicy {

    private ExamEligibilityPolicy() {
    }

    public static Verdict check(CategoryRule rule, Hours completed) {
        List<Verdict> verdicts = HourRules.check(rule, completed, "已完成学时");
        String reasons = verdicts.stream()
                .filter(v -> !v.isAllowed())
                .map(v -> ((Verdict.Rejected) v).reason())
                .collect(Collectors.joining("；"));
        return reasons.isEmpty() ? Verdict.allowed() : Verdict.rejected("不具备考试资格：" + reasons);
    }
}
