package cn.kaowu.core.identity;

import cn.kaowu.core.testing.TestCallers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyRegistryTest {

    @Test
    void invigilators_and_candidates_are_refused_registry_lists() {
        assertThatThrownBy(() -> AccessPolicy.requireRegistryList(TestCallers.invigilator())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> AccessPolicy.requireRegistryList(TestCallers.candidate())).isInstanceOf(AccessDenied.class);
        assertThatCode(() -> AccessPolicy.requireRegistryList(TestCallers.reviewer())).doesNotThrowAnyException();
        assertThatCode(() -> AccessPolicy.requireRegistryList(TestCallers.institutionA())).doesNotThrowAnyException();
    }

    @Test
    void only_institutions_see_lists_scoped_to_themselves() {
        assertThat(AccessPolicy.registryScopedToOwnInstitution(TestCallers.institutionA())).isTrue();
        assertThat(AccessPolicy.registryScopedToOwnInstitution(TestCallers.paperBuilder())).isFalse();
        assertThat(AccessPolicy.registryScopedToOwnInstitution(TestCallers.reviewer())).isFalse();
    }

    @Test
    void an_institution_may_change_its_own_class_only_until_the_exam_is_scheduled() {
        assertThatCode(() -> AccessPolicy.requireClassWrite(TestCallers.institutionA(), TestCallers.INSTITUTION_A, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessPolicy.requireClassWrite(TestCallers.institutionA(), TestCallers.INSTITUTION_A, true))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("已安排考试");
        assertThatThrownBy(() -> AccessPolicy.requireClassWrite(TestCallers.institutionB(), TestCallers.INSTITUTION_A, false))
                .isInstanceOf(AccessDenied.class);
        assertThatCode(() -> AccessPolicy.requireClassWrite(TestCallers.paperBuilder(), TestCallers.INSTITUTION_A, true))
                .doesNotThrowAnyException();
    }

    @Test
    void only_the_bureau_passes_the_bureau_check() {
        assertThatCode(() -> AccessPolicy.requireBureau(TestCallers.admin())).doesNotThrowAnyException();
        assertThatCode(() -> AccessPolicy.requireBureau(TestCallers.paperBuilder())).doesNotThrowAnyException();
        for (Caller caller : TestCallers.notPaperBuilders()) {
            assertThatThrownBy(() -> AccessPolicy.requireBureau(caller)).isInstanceOf(AccessDenied.class);
        }
    }
}
