package cn.kaowu.ui;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts the one process that serves both the Vaadin screens and the REST API. */
@OpenAPIDefinition(info = @Info(title = "考务 API", version = "v1",
        description = "闭卷考试考务管理：登记、题库、组卷、考试、评分与验收。所有接口位于 /api/v1，错误以 application/problem+json 返回。"))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
