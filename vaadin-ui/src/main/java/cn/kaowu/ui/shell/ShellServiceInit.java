package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.Caller;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Per session: the error handler. Per UI: Chinese as the language and the navigation guard that
 * sends anonymous users to the login page and refuses views outside the caller's role.
 */
@Singleton
public class ShellServiceInit implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new NotifyingErrorHandler()));
        event.getSource().addUIInitListener(e -> {
            e.getUI().setLocale(CHINESE);
            e.getUI().addBeforeEnterListener(ShellServiceInit::guard);
        });
    }

    static void guard(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        Optional<Caller> caller = CurrentCaller.find();
        if (caller.isEmpty()) {
            event.rerouteTo(LoginView.class);
            return;
        }
        VisibleTo visibleTo = target.getAnnotation(VisibleTo.class);
        if (visibleTo != null && Arrays.stream(visibleTo.value()).noneMatch(caller.get()::is)) {
            event.rerouteToError(new com.vaadin.flow.router.AccessDeniedException(), "当前角色无权访问此页面");
        }
    }
}
