package cn.kaowu.ui.setup;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.registry.demo.DemoCityData;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.core.registry.service.ClassView;
import cn.kaowu.paper.blueprint.Blueprint;
import cn.kaowu.paper.generation.ClassToExamine;
import cn.kaowu.paper.generation.GenerationProgress;
import cn.kaowu.paper.generation.GenerationRequest;
import cn.kaowu.paper.generation.GenerationResult;
import cn.kaowu.paper.generation.PaperGenerationService;
import cn.kaowu.paper.sealing.PaperSealingService;
import cn.kaowu.paper.sealing.SealingKey;
import cn.kaowu.ui.DemoDataForTests;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Papers sealed with one key: the application refuses to start with another, and says so. */
class SealingKeyAtStartupTest {

    @Test
    void a_wrong_sealing_key_at_start_up_is_refused_with_a_clear_message() {
        String url = "jdbc:h2:mem:keycheck-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        String rightKey = SealingKey.generate().toBase64();
        try (ApplicationContext first = ApplicationContext.run(
                Map.of("datasources.default.url", url, "kaowu.sealing.key", rightKey), "test")) {
            Caller system = Caller.system();
            DemoDataForTests.Seeded seeded = DemoDataForTests.seed(first);
            DemoCityData city = seeded.city();
            Blueprint blueprint = seeded.blueprint();
            ClassView trainingClass = first.getBean(ClassService.class).trainingClass(system, city.classIds().get(0));
            GenerationResult result = first.getBean(PaperGenerationService.class).generate(system,
                    GenerationRequest.of(blueprint.id(), "2026-11", 42, List.of(ClassToExamine.firstSitting(
                            trainingClass.id(), trainingClass.code(), trainingClass.name(),
                            trainingClass.industryCode(), trainingClass.categoryCode()))), GenerationProgress.NONE);
            String hash = first.getBean(PaperSealingService.class).seal(system, result.papers().get(0).id());
            assertThat(hash).hasSize(64);
        }

        String wrongKey = SealingKey.generate().toBase64();
        assertThatThrownBy(() -> ApplicationContext.run(
                Map.of("datasources.default.url", url, "kaowu.sealing.key", wrongKey), "test").close())
                .hasStackTraceContaining("封卷密钥不正确");

        try (ApplicationContext again = ApplicationContext.run(
                Map.of("datasources.default.url", url, "kaowu.sealing.key", rightKey), "test")) {
            assertThat(again.isRunning()).isTrue();
        }
    }
}
