package cn.kaowu.ui.api;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.ApiTestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API end to end: authentication, roles refused in the service layer, problem+json. */
@MicronautTest(environments = "test", transactional = false)
class FoundationApiTest {

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

    private <T> HttpResponse<T> get(Role role, String path, Class<T> type) {
        return http.toBlocking().exchange(HttpRequest.GET(path).basicAuth(users.get(role), ApiTestAccounts.PASSWORD), type);
    }

    @Test
    void without_credentials_the_api_answers_401_as_problem_json() {
        HttpClientResponseException e = (HttpClientResponseException) org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().exchange("/api/v1/me"));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(e.getResponse().getContentType().map(Object::toString)).contains("application/problem+json");
    }

    @Test
    void a_wrong_password_is_answered_with_the_reason_and_the_tries_left() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/me")
                .basicAuth(users.get(Role.CANDIDATE), "not-the-password-1")))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(401);
                    Map<?, ?> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
                    assertThat(String.valueOf(problem.get("detail"))).contains("用户名或密码错误").contains("还可尝试");
                });
        // A correct log-in afterwards resets the count for the next tests.
        assertThat(get(Role.CANDIDATE, "/api/v1/me", Map.class).getStatus().getCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_role_can_ask_who_it_is(Role role) {
        @SuppressWarnings("unchecked")
        Map<String, Object> me = get(role, "/api/v1/me", Map.class).body();
        assertThat(me).containsEntry("role", role.name()).containsEntry("roleLabel", role.label());
    }

    @Test
    void the_administrator_verifies_the_audit_chain() {
        @SuppressWarnings("unchecked")
        Map<String, Object> verification = get(Role.ADMIN, "/api/v1/audit/verify", Map.class).body();
        assertThat(verification).containsEntry("intact", true);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void every_other_role_is_refused_the_audit_log_with_a_reason(Role role) {
        assertThatThrownBy(() -> get(role, "/api/v1/audit/verify", Map.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
                    Map<?, ?> problem = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
                    assertThat(String.valueOf(problem.get("detail"))).contains("仅系统管理员");
                });
    }

    @Test
    void reference_data_comes_from_the_database() {
        String body = get(Role.PAPER_BUILDER, "/api/v1/reference/INDUSTRY", String.class).body();
        assertThat(body).contains("矿山（含煤矿）").contains("快递业");
    }

    @Test
    void the_openapi_document_is_served_without_login() {
        String spec = http.toBlocking().retrieve("/api/swagger/kaowu-api.yml");
        assertThat(spec).contains("openapi").contains("/api/v1/audit/verify");
    }
}
