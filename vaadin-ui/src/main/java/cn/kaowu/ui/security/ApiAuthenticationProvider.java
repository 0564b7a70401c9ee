package cn.kaowu.ui.security;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.LoginRejected;
import cn.kaowu.core.identity.LoginService;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * HTTP Basic authentication for the API, through the same {@link LoginService} as the login page,
 * so the API has the same lock-out after five failures.
 */
@Singleton
public class ApiAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    static final String ACCOUNT_ID = "accountId";
    static final String ORGANISATION_ID = "organisationId";
    /** Request attribute holding the reason a log-in was refused. */
    public static final String REJECTION = "kaowu.login.rejection";

    // Looked up lazily: micronaut-security instantiates providers while evaluating bean
    // conditions, and an eager repository dependency would recurse into that evaluation.
    private final BeanProvider<LoginService> loginService;

    public ApiAuthenticationProvider(BeanProvider<LoginService> loginService) {
        this.loginService = loginService;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        String address = request == null ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
        try {
            Caller caller = loginService.get().login(authenticationRequest.getIdentity(),
                    authenticationRequest.getSecret().toCharArray(), address);
            return AuthenticationResponse.success(caller.username(), List.of(caller.role().name()),
                    Map.of(ACCOUNT_ID, caller.accountId(), ORGANISATION_ID, caller.organisationId()));
        } catch (LoginRejected rejected) {
            if (request != null) {
                // The 401 problem response tells why (wrong password, tries left, locked until when).
                request.setAttribute(REJECTION, rejected.getMessage());
            }
            return AuthenticationResponse.failure(rejected.getMessage());
        }
    }
}
