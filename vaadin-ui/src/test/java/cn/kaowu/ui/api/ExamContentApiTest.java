package cn.kaowu.ui.api;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.ApiTestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 培考分离 through the API: questions, blueprints, papers and keys answer 403 with the reason to
 * every role but the paper builder, whatever endpoint is tried.
 */
@MicronautTest(environments = "test", transactional = false)
class ExamContentApiTest {

    private static final List<String> READS = List.of(
            "/api/v1/items", "/api/v1/items/1", "/api/v1/items/export.xlsx", "/api/v1/items/export-qti.zip",
            "/api/v1/items/duplicates", "/api/v1/blueprints", "/api/v1/papers?period=2026-11",
            "/api/v1/papers/1", "/api/v1/papers/1/paper.pdf", "/api/v1/papers/1/answer-sheet.pdf",
            "/api/v1/papers/1/answer-key.pdf", "/api/v1/papers/1/seal");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    Map<Role, String> users;

    @BeforeEach
    void accounts() {
        users = ApiTestAccounts.ensure(context);
    }

    static Stream<Arguments> everyReadForEveryOtherRole() {
        return Stream.of(Role.INVIGILATOR, Role.INSTITUTION, Role.CANDIDATE, Role.ACCEPTANCE_REVIEWER)
                .flatMap(role -> READS.stream().map(path -> Arguments.of(role, path)));
    }

    @ParameterizedTest(name = "{0} GET {1} → 403")
    @MethodSource("everyReadForEveryOtherRole")
    void every_other_role_is_refused_exam_content(Role role, String path) {
        assertRefused(HttpRequest.GET(path), role);
    }

    static Stream<Role> otherRoles() {
        return Stream.of(Role.INVIGILATOR, Role.INSTITUTION, Role.CANDIDATE, Role.ACCEPTANCE_REVIEWER);
    }

    @ParameterizedTest(name = "{0} cannot generate, seal or import")
    @MethodSource("otherRoles")
    void every_other_role_is_refused_every_change(Role role) {
        assertRefused(HttpRequest.POST("/api/v1/papers/generate",
                Map.of("blueprintId", 1, "period", "2026-11", "classIds", List.of(1))), role);
        assertRefused(HttpRequest.POST("/api/v1/papers/1/seal", ""), role);
        assertRefused(HttpRequest.POST("/api/v1/items/import", new byte[]{1, 2, 3})
                .contentType("application/octet-stream").header("X-File-Name", "bank.xlsx"), role);
    }

    @ParameterizedTest(name = "{0} sees no answer key")
    @MethodSource("keyRefused")
    void the_answer_key_is_for_the_paper_builder_alone(Role role) {
        assertRefused(HttpRequest.GET("/api/v1/papers/1/answer-key.pdf"), role);
    }

    static Stream<Role> keyRefused() {
        return Stream.of(Role.ADMIN, Role.INVIGILATOR, Role.INSTITUTION, Role.CANDIDATE, Role.ACCEPTANCE_REVIEWER);
    }

    private void assertRefused(MutableHttpRequest<?> request, Role role) {
        assertThatThrownBy(() -> http.toBlocking().exchange(request.basicAuth(users.get(role), ApiTestAccounts.PASSWORD)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(403);
                    Map<?, ?> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
                    assertThat(String.valueOf(problem.get("detail"))).containsAnyOf("培考分离", "无权");
                });
    }
}
