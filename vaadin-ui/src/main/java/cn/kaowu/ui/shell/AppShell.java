package cn.kaowu.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import jakarta.inject.Singleton;

/** The page shell: theme and the page language. */
@Singleton
@Theme("kaowu")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("考务管理系统");
        settings.addMetaTag("description", "工伤预防能力提升培训 结业闭卷考试 考务管理");
    }
}
