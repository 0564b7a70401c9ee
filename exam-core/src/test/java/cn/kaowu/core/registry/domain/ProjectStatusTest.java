package cn.kaowu.core.registry.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectStatusTest {

    @Test
    void a_project_moves_from_approval_to_acceptance_step_by_step() {
        assertThat(ProjectStatus.APPROVED.transitionTo(ProjectStatus.RUNNING).isAllowed()).isTrue();
        assertThat(ProjectStatus.RUNNING.transitionTo(ProjectStatus.TRAINING_FINISHED).isAllowed()).isTrue();
        assertThat(ProjectStatus.TRAINING_FINISHED.transitionTo(ProjectStatus.ACCEPTANCE_APPLIED).isAllowed()).isTrue();
        assertThat(ProjectStatus.ACCEPTANCE_APPLIED.transitionTo(ProjectStatus.ACCEPTED).isAllowed()).isTrue();
        assertThat(ProjectStatus.ACCEPTANCE_APPLIED.transitionTo(ProjectStatus.REJECTED).isAllowed()).isTrue();
    }

    @Test
    void a_project_cannot_skip_a_step_or_leave_a_final_status() {
        assertThat(ProjectStatus.APPROVED.transitionTo(ProjectStatus.ACCEPTED).toString()).contains("不能从“已立项”变为“验收通过”");
        assertThat(ProjectStatus.ACCEPTED.transitionTo(ProjectStatus.RUNNING).toString()).contains("最终状态");
        assertThat(ProjectStatus.RUNNING.transitionTo(ProjectStatus.APPROVED).isAllowed()).isFalse();
    }
}
