package cn.kaowu.ui.acceptance;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Prototype
@Route(value = "acceptance", layout = MainLayout.class)
@PageTitle("考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN, Role.ACCEPTANCE_REVIEWER})
public class AcceptanceView extends SectionPage {

    public AcceptanceView() {
        super("nav.acceptance");
        comingLater("评估验收：参训率、考试通过率、满意率、隐患整改率与验收报告将在后续版本提供。");
    }
}
