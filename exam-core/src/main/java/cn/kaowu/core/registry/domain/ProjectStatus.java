package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a training project stands: approved (已立项) → running (培训中) → training finished
 * (培训结束) → acceptance applied (已申请验收) → accepted (验收通过) or rejected (验收不通过).
 */
public enum ProjectStatus {
    APPROVED("已立项"),
    RUNNING("培训中"),
    TRAINING_FINISHED("培训结束"),
    ACCEPTANCE_APPLIED("已申请验收"),
    ACCEPTED("验收通过"),
    REJECTED("验收不通过");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to; the last two are final. */
    public Set<ProjectStatus> next() {
        return switch (this) {
            case APPROVED -> EnumSet.of(RUNNING);
            case RUNNING -> EnumSet.of(TRAINING_FINISHED);
            case TRAINING_FINISHED -> EnumSet.of(ACCEPTANCE_APPLIED);
            case ACCEPTANCE_APPLIED -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED, REJECTED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    /** Whether the project still trains, so classes and rosters may change. */
    public boolean open() {
        return this == APPROVED || this == RUNNING;
    }

    /** The rule of legal transitions as a verdict. */
    public Verdict transitionTo(ProjectStatus target) {
        if (next().contains(target)) {
            return Verdict.allowed();
        }
        return Verdict.rejected("项目状态不能从“" + label + "”变为“" + target.label + "”"
                + (next().isEmpty() ? "（已是最终状态）" : ""));
    }
}
