package cn.kaowu.core.registry.domain;

import cn.kaowu.core.policy.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExamEligibilityPolicyTest {

    @Test
    void a_trainee_who_completed_the_hours_may_sit_the_exam() {
        assertThat(ExamEligibilityPolicy.check(Rules.TEAM_LEADER, Hours.of(8, 7, 5)).isAllowed()).isTrue();
    }

    @Test
    void a_trainee_short_of_hours_may_not_sit_the_exam_and_is_told_every_reason() {
        Verdict verdict = ExamEligibilityPolicy.check(Rules.TEAM_LEADER, Hours.of(8, 3, 2));
        assertThat(verdict.isAllowed()).isFalse();
        String reason = ((Verdict.Rejected) verdict).reason();
        assertThat(reason).startsWith("不具备考试资格").contains("20–72学时").contains("线下").contains("实训");
    }
}
