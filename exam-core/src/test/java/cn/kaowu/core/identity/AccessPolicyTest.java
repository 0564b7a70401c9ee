package cn.kaowu.core.identity;

import cn.kaowu.core.testing.TestCallers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 培考分离 as plain rules: one test per role for each check. */
class AccessPolicyTest {

    static Stream<Caller> notPaperBuilders() {
        return Stream.of(TestCallers.notPaperBuilders());
    }

    @Test
    void the_paper_builder_may_read_exam_content() {
        assertThatCode(() -> AccessPolicy.requireExamContent(TestCallers.paperBuilder())).doesNotThrowAnyException();
        assertThatCode(() -> AccessPolicy.requireExamContent(TestCallers.admin())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("notPaperBuilders")
    void every_other_role_is_refused_exam_content(Caller caller) {
        assertThatThrownBy(() -> AccessPolicy.requireExamContent(caller))
                .isInstanceOf(AccessDenied.class)
                .hasMessageContaining("培考分离")
                .hasMessageContaining(caller.role().label());
    }

    @Test
    void an_institution_is_refused_exam_content_in_particular() {
        assertThatThrownBy(() -> AccessPolicy.requireExamContent(TestCallers.institutionA()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void only_the_administrator_administers() {
        assertThatCode(() -> AccessPolicy.requireAdministrator(TestCallers.admin())).doesNotThrowAnyException();
        for (Caller caller : new Caller[]{TestCallers.paperBuilder(), TestCallers.invigilator(),
                TestCallers.institutionA(), TestCallers.candidate(), TestCallers.reviewer()}) {
            assertThatThrownBy(() -> AccessPolicy.requireAdministrator(caller)).isInstanceOf(AccessDenied.class);
        }
    }

    @Test
    void an_institution_reads_its_own_registry_but_not_another_institutions() {
        assertThatCode(() -> AccessPolicy.requireRegistryRead(TestCallers.institutionA(), TestCallers.INSTITUTION_A))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessPolicy.requireRegistryRead(TestCallers.institutionA(), TestCallers.INSTITUTION_B))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> AccessPolicy.requireRegistryWrite(TestCallers.institutionB(), TestCallers.INSTITUTION_A))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_bureau_reads_and_writes_every_institutions_registry() {
        assertThatCode(() -> AccessPolicy.requireRegistryWrite(TestCallers.paperBuilder(), TestCallers.INSTITUTION_B))
                .doesNotThrowAnyException();
        assertThatCode(() -> AccessPolicy.requireRegistryRead(TestCallers.reviewer(), TestCallers.INSTITUTION_B))
                .doesNotThrowAnyException();
    }

    @Test
    void the_reviewer_reads_but_never_writes_the_registry() {
        assertThatThrownBy(() -> AccessPolicy.requireRegistryWrite(TestCallers.reviewer(), TestCallers.INSTITUTION_A))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void invigilators_and_candidates_are_refused_registry_lists() {
        assertThatThrownBy(() -> AccessPolicy.requireRegistryRead(TestCallers.invigilator(), TestCallers.INSTITUTION_A))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> AccessPolicy.requireRegistryRead(TestCallers.candidate(), TestCallers.INSTITUTION_A))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void only_the_paper_builder_sees_full_id_numbers() {
        assertThat(AccessPolicy.mayReadFullIdNumber(TestCallers.paperBuilder())).isTrue();
        assertThat(AccessPolicy.mayReadFullIdNumber(TestCallers.institutionA())).isFalse();
        assertThat(AccessPolicy.mayReadFullIdNumber(TestCallers.invigilator())).isFalse();
        assertThat(AccessPolicy.mayReadFullIdNumber(TestCallers.admin())).isFalse();
    }
}
