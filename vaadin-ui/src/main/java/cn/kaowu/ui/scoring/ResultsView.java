package cn.kaowu.ui.scoring;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Prototype
@Route(value = "results", layout = MainLayout.class)
@PageTitle("考务管理系统")
@VisibleTo({Role.PAPER_BUILDER, Role.ADMIN, Role.INSTITUTION, Role.CANDIDATE})
public class ResultsView extends SectionPage {

    public ResultsView() {
        super("nav.results");
        comingLater("考试成绩：成绩发布后在此查看（施教单位仅可查看本单位班次）。");
    }
}
