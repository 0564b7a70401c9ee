package cn.kaowu.ui.scoring;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.shell.MainLayout;
import cn.kaowu.ui.shell.SectionPage;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

@Prototype
@Route(value = "my-exam", layout = MainLayout.class)
@PageTitle("考务管理系统")
@VisibleTo({Role.CANDIDATE})
public class MyExamView extends SectionPage {

    public MyExamView() {
        super("nav.myExam");
        comingLater("我的考试：考试开始后，可在此进入考试。");
    }
}
