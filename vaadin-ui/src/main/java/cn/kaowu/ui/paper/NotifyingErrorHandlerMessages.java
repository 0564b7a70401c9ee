package cn.kaowu.ui.paper;

import cn.kaowu.core.identity.AccessDenied;
import cn.kaowu.core.policy.RuleViolation;

/** The message to show for a failure that arrived from a background job. */
final class NotifyingErrorHandlerMessages {

    private NotifyingErrorHandlerMessages() {
    }

    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation || t instanceof AccessDenied) {
                return t.getMessage();
            }
        }
        return "生成失败：系统内部错误，已记录日志";
    }
}
