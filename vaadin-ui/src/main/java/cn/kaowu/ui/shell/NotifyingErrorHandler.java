package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.policy.RuleViolation;
import cn.kaowu.paper.sealing.SealingException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a refused action becomes a message: a rule's or the access policy's
 * reason is shown as it is; anything unexpected is logged and shown as a generic error.
 */
public class NotifyingErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(message));
        }
    }

    /** The reason to show for a failure, from a rule, the access policy or a seal; else a generic message. */
    public static String messageFor(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation || t instanceof AccessDenied || t instanceof SealingException) {
                return t.getMessage();
            }
        }
        LOG.error("unexpected error in the UI", thrown);
        return "操作失败：系统内部错误，已记录日志。请稍后重试或联系系统管理员。";
    }

    public static void show(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
