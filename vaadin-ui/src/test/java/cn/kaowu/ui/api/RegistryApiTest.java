package cn.kaowu.ui.api;

import cn.kaowu.core.identity.AccountService;
import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.core.registry.demo.DemoCity;
import cn.kaowu.core.registry.demo.DemoCityData;
import cn.kaowu.core.registry.service.ClassService;
import cn.kaowu.ui.ApiTestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The institution's scope and the roster import, through the API, on the demo city. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    private Map<Role, String> users;
    private DemoCityData city;
    private long classOfA;
    private long classOfB;

    @BeforeAll
    void seed() {
        users = ApiTestAccounts.ensure(context);
        city = context.getBean(DemoCity.class).seed(Caller.system());
        AccountService accounts = context.getBean(AccountService.class);
        accounts.create(Caller.system(), new AccountService.NewAccount("inst-a", "A", ApiTestAccounts.PASSWORD,
                Role.INSTITUTION, city.institutionIds().get(0)));
        accounts.create(Caller.system(), new AccountService.NewAccount("inst-b", "B", ApiTestAccounts.PASSWORD,
                Role.INSTITUTION, city.institutionIds().get(1)));
        ClassService classes = context.getBean(ClassService.class);
        classOfA = city.classIds().stream().filter(id -> classes.trainingClass(Caller.system(), id).institutionId()
                == city.institutionIds().get(0)).findFirst().orElseThrow();
        classOfB = city.classIds().stream().filter(id -> classes.trainingClass(Caller.system(), id).institutionId()
                == city.institutionIds().get(1)).findFirst().orElseThrow();
    }

    private <T> T get(String user, String path, Argument<T> type) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).basicAuth(user, ApiTestAccounts.PASSWORD), type);
    }

    @Test
    void an_institution_lists_only_its_own_classes() {
        List<Map<String, Object>> classes = get("inst-a", "/api/v1/classes", Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(classes).isNotEmpty().allSatisfy(c ->
                assertThat(((Number) c.get("institutionId")).longValue()).isEqualTo(city.institutionIds().get(0)));
        List<Map<String, Object>> all = get(users.get(Role.PAPER_BUILDER), "/api/v1/classes",
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(all).hasSize(city.classIds().size());
    }

    @Test
    void an_institution_sees_only_itself_among_institutions_and_cannot_register_one() {
        List<Map<String, Object>> seen = get("inst-a", "/api/v1/institutions", Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(seen).singleElement().satisfies(i ->
                assertThat(((Number) i.get("organisationId")).longValue()).isEqualTo(city.institutionIds().get(0)));
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/institutions",
                        Map.of("name", "冒名培训学校", "creditCode", "91230100MA1B2C3D4E", "countyCode", "231002"))
                .basicAuth("inst-a", ApiTestAccounts.PASSWORD)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
    }

    @Test
    void institution_a_is_refused_institution_bs_roster() {
        assertThatThrownBy(() -> get("inst-a", "/api/v1/classes/" + classOfB + "/roster", Argument.of(String.class)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
    }

    @Test
    void invigilators_and_candidates_are_refused_rosters() {
        for (Role role : List.of(Role.INVIGILATOR, Role.CANDIDATE)) {
            assertThatThrownBy(() -> get(users.get(role), "/api/v1/classes/" + classOfA + "/roster", Argument.of(String.class)))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
        }
    }

    @Test
    void id_numbers_are_masked_for_the_institution_and_whole_for_the_paper_builder() {
        Argument<List<Map<String, Object>>> rows = Argument.listOf(Argument.mapOf(String.class, Object.class));
        String masked = String.valueOf(get("inst-a", "/api/v1/classes/" + classOfA + "/roster", rows).get(0).get("idNumber"));
        String whole = String.valueOf(get(users.get(Role.PAPER_BUILDER), "/api/v1/classes/" + classOfA + "/roster", rows).get(0).get("idNumber"));
        assertThat(masked).matches("\\d{4}\\*{10}\\d{3}[\\dX]");
        assertThat(whole).matches("\\d{17}[\\dX]");
    }

    @Test
    void a_roster_with_a_bad_id_number_is_refused_with_the_row_and_nothing_is_written() {
        Argument<List<Map<String, Object>>> rows = Argument.listOf(Argument.mapOf(String.class, Object.class));
        int before = get("inst-a", "/api/v1/classes/" + classOfA + "/roster", rows).size();
        String csv = "姓名,身份证号,手机号,所在企业,统一社会信用代码,岗位,线上学时,线下学时,实训学时\n"
                + "张三,11010519491231002X,13800000000,测试企业,,安全员,6,9,0\n"
                + "李四,110105194912310021,13800000001,测试企业,,安全员,6,9,0\n";
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/classes/" + classOfA + "/roster",
                        csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv").header("X-File-Name", "roster.csv")
                .basicAuth("inst-a", ApiTestAccounts.PASSWORD), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("\"row\":3").contains("身份证号").contains("校验位错误");
                });
        assertThat(get("inst-a", "/api/v1/classes/" + classOfA + "/roster", rows)).hasSize(before);
    }
}
