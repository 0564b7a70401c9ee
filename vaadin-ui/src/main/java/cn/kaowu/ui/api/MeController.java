package cn.kaowu.ui.api;

import cn.kaowu.core.identity.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the API caller is. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "账号")
public class MeController {

    @Get
    @Operation(summary = "当前登录账号", description = "返回调用者的用户名、角色与所属单位。")
    public Me me(@Parameter(hidden = true) Caller caller) {
        return new Me(caller.username(), caller.role().name(), caller.role().label(), caller.organisationId());
    }

    /** The caller as the API shows it. */
    @Serdeable
    public record Me(String username, String role, String roleLabel, long organisationId) {
    }
}
