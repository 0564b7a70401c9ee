package cn.kaowu.ui.security;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets a controller method take the authenticated {@link Caller} as a parameter, so it hands it
 * straight to the service, which does the checking.
 */
@Singleton
public class CallerBinder implements TypedRequestArgumentBinder<Caller> {

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Optional<Caller> caller = source.getUserPrincipal(Authentication.class).map(CallerBinder::toCaller);
        return () -> caller;
    }

    static Caller toCaller(Authentication authentication) {
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        Object accountId = authentication.getAttributes().get(ApiAuthenticationProvider.ACCOUNT_ID);
        Object organisationId = authentication.getAttributes().get(ApiAuthenticationProvider.ORGANISATION_ID);
        return new Caller(((Number) accountId).longValue(), authentication.getName(), role,
                ((Number) organisationId).longValue());
    }
}
