package cn.kaowu.ui.api;

import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.paper.sealing.SealingException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The domain's refusals as HTTP: an access-policy refusal is 403, a broken rule 422, each with
 * its Chinese reason(s) as the problem's detail.
 */
@Factory
public class DomainExceptionHandlers {

    @Singleton
    ExceptionHandler<AccessDenied, HttpResponse<?>> accessDenied(ProblemResponses problems) {
        return (request, e) -> problem(problems, request, HttpStatus.FORBIDDEN, e, List.of(e.getMessage()));
    }

    @Singleton
    ExceptionHandler<RuleViolation, HttpResponse<?>> ruleViolation(ProblemResponses problems) {
        return (request, e) -> problem(problems, request, HttpStatus.UNPROCESSABLE_ENTITY, e, e.reasons());
    }

    @Singleton
    ExceptionHandler<SealingException, HttpResponse<?>> sealing(ProblemResponses problems) {
        return (request, e) -> problem(problems, request, HttpStatus.CONFLICT, e, List.of(e.getMessage()));
    }

    static HttpResponse<?> problem(ProblemResponses problems, HttpRequest<?> request, HttpStatus status,
                                   Throwable cause, List<String> messages) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(cause);
        messages.forEach(message -> context.error(new SimpleError(message)));
        return problems.processResponse(context.build(), HttpResponse.status(status));
    }

    private record SimpleError(String getMessage) implements Error {
    }
}
