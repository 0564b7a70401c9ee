package cn.kaowu.ui.vaadin;

import cn.kaowu.ui.shell.Navigation;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One process, one port: Vaadin's pages and Micronaut's API from the same server. */
@MicronautTest(environments = "test", transactional = false)
class VaadinInMicronautTest {

    @Inject
    VaadinInitializer initializer;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void every_section_of_the_navigation_is_registered_as_a_route_from_micronauts_beans() {
        assertThat(initializer.routeTargets())
                .containsAll(Navigation.all().stream().map(Navigation.Entry::view).toList());
    }

    @Test
    void the_login_page_is_served_by_vaadin_in_production_mode() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        assertThat(page.getContentType().map(t -> t.getName())).contains("text/html");
        assertThat(page.body()).contains("考务管理系统").contains("VAADIN/build");
    }

    @Test
    void vaadins_static_resources_come_with_a_content_type() {
        HttpResponse<String> push = http.toBlocking().exchange(
                HttpRequest.GET("/VAADIN/static/push/vaadinPush-min.js"), String.class);
        assertThat(push.getContentType().map(t -> t.getName()).orElse("")).contains("javascript");
    }
}
