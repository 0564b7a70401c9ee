package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.Caller;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/** The logged-in caller of this browser session. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Optional<Caller> find() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Caller.class));
    }

    /** The caller; views behind the navigation guard always have one. */
    public static Caller get() {
        return find().orElseThrow(() -> new IllegalStateException("no caller in this session"));
    }

    static void set(Caller caller) {
        VaadinSession.getCurrent().setAttribute(Caller.class, caller);
    }

    static void clear() {
        VaadinSession.getCurrent().setAttribute(Caller.class, null);
    }
}
