package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may open a view. Checked before every navigation; this only keeps people out
 * of screens — the services check again, which is what protects the data (培考分离).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface VisibleTo {
    Role[] value();
}
