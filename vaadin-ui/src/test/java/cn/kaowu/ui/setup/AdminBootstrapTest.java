package cn.kaowu.ui.setup;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.LoginService;
import cn.kaowu.core.identity.Role;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdminBootstrapTest {

    @Test
    void an_empty_production_database_gets_its_first_administrator_from_the_environment() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("kaowu.bootstrap.admin-password", "first-admin-2026", "kaowu.bootstrap.bureau-name", "某市应急管理局"),
                "test")) {
            Caller admin = context.getBean(LoginService.class).login("admin", "first-admin-2026".toCharArray(), "127.0.0.1");
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
        }
    }
}
