package cn.kaowu.ui.paper;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Prototype
@Route(value = "papers", layout = MainLayout.class)
@PageTitle("考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN})
public class PapersView extends SectionPage {

    public PapersView() {
        super("nav.papers");
        comingLater("试卷生成与封卷。");
    }
}
