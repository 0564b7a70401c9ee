package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.Caller;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** 首页: who you are and what you may do here. */
@Prototype
@Route(value = "", layout = MainLayout.class)
@PageTitle("首页 · 考务管理系统")
public class HomeView extends SectionPage {

    public HomeView() {
        super("nav.home");
        Caller caller = CurrentCaller.get();
        add(new Paragraph(getTranslation("home.welcome", caller.username(), caller.role().label())));
        add(new Paragraph(getTranslation("home.role." + caller.role().name())));
    }
}
