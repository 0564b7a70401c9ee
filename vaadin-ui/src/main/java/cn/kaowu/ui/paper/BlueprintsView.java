package cn.kaowu.ui.paper;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Prototype
@Route(value = "blueprints", layout = MainLayout.class)
@PageTitle("考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN})
public class BlueprintsView extends SectionPage {

    public BlueprintsView() {
        super("nav.blueprints");
        comingLater("组卷方案。");
    }
}
