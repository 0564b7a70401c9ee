package cn.kaowu.ui.registry;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Prototype
@Route(value = "projects", layout = MainLayout.class)
@PageTitle("考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN, Role.INSTITUTION, Role.ACCEPTANCE_REVIEWER})
public class ProjectsView extends SectionPage {

    public ProjectsView() {
        super("nav.projects");
        comingLater("培训项目列表。");
    }
}
