package cn.kaowu.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import jakarta.inject.Singleton;

/** The page shell: theme, page title, and server push (progress of long jobs reaches the browser). */
@Singleton
@Theme("kaowu")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("考务管理系统");
        settings.addMetaTag("description", "工伤预防能力提升培训 结业闭卷考试 考务管理");
    }
}
