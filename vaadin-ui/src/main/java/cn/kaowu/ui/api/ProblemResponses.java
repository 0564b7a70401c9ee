package cn.kaowu.ui.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import cn.kaowu.ui.security.ApiAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every API error as {@code application/problem+json} (RFC 9457) with a readable message in
 * {@code detail} and, where there are several (validation, import rows), all of them in {@code errors}.
 */
@Singleton
public class ProblemResponses implements ErrorResponseProcessor<Map<String, Object>> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<String> messages = context.getErrors().stream().map(Error::getMessage).toList();
        if (status == HttpStatus.UNAUTHORIZED) {
            messages = context.getRequest().getAttribute(ApiAuthenticationProvider.REJECTION, String.class)
                    .map(List::of).orElse(List.of("请使用账号和密码登录（HTTP Basic）"));
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", titleFor(status));
        problem.put("status", status.getCode());
        problem.put("detail", messages.isEmpty() ? titleFor(status) : String.join("；", messages));
        if (messages.size() > 1) {
            problem.put("errors", messages);
        }
        problem.put("instance", context.getRequest().getPath());
        return response.body(problem).contentType(PROBLEM_JSON);
    }

    static String titleFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "请求有误";
            case UNAUTHORIZED -> "需要登录";
            case FORBIDDEN -> "无权访问";
            case NOT_FOUND -> "未找到";
            case CONFLICT -> "状态冲突";
            case UNPROCESSABLE_ENTITY -> "不符合业务规则";
            case REQUEST_ENTITY_TOO_LARGE -> "文件过大";
            default -> status.getCode() >= 500 ? "系统内部错误" : status.getReason();
        };
    }
}
