package cn.kaowu.ui.session;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Prototype
@Route(value = "sessions", layout = MainLayout.class)
@PageTitle("考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN, Role.INVIGILATOR})
public class SessionsView extends SectionPage {

    public SessionsView() {
        super("nav.sessions");
        comingLater("考试场次：考点、场次安排与监考分配将在后续版本提供。");
    }
}
