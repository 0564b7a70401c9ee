package cn.kaowu.core.policy;

import java.util.List;

/**
 * A change was refused because a rule of the domain does not hold. Carries every reason so the
 * user can fix them all at once; the UI shows them as a notification, the API as a 422 problem.
 */
public class RuleViolation extends RuntimeException {

    private final List<String> reasons;

    public RuleViolation(String reason) {
        this(List.of(reason));
    }

    public RuleViolation(List<String> reasons) {
        super(String.join("；", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Throws when any verdict is a rejection, with all the rejections' reasons. */
    public static void throwIfRejected(List<Verdict> verdicts) {
        List<String> reasons = verdicts.stream()
                .filter(v -> v instanceof Verdict.Rejected)
                .map(v -> ((Verdict.Rejected) v).reason())
                .toList();
        if (!reasons.isEmpty()) {
            throw new RuleViolation(reasons);
        }
    }
}
