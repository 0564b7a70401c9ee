package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.ui.acceptance.AcceptanceView;
import cn.kaowu.ui.admin.AccountsView;
import cn.kaowu.ui.admin.AuditView;
import cn.kaowu.ui.admin.ReferenceDataView;
import cn.kaowu.ui.bank.BankView;
import cn.kaowu.ui.paper.BlueprintsView;
import cn.kaowu.ui.paper.PapersView;
import cn.kaowu.ui.registry.ClassesView;
import cn.kaowu.ui.registry.ProjectsView;
import cn.kaowu.ui.scoring.MyExamView;
import cn.kaowu.ui.scoring.ResultsView;
import cn.kaowu.ui.session.SessionsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.Arrays;
import java.util.List;

/** The sections of the side navigation, in order. Who sees one is read from its view's {@link VisibleTo}. */
public final class Navigation {

    /** One section: its view, the translation key of its title, its icon. */
    public record Entry(Class<? extends Component> view, String titleKey, VaadinIcon icon) {
        boolean visibleTo(Caller caller) {
            VisibleTo visibleTo = view.getAnnotation(VisibleTo.class);
            return visibleTo == null || Arrays.stream(visibleTo.value()).anyMatch(caller::is);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(HomeView.class, "nav.home", VaadinIcon.HOME),
            new Entry(ProjectsView.class, "nav.projects", VaadinIcon.FOLDER_OPEN),
            new Entry(ClassesView.class, "nav.classes", VaadinIcon.GROUP),
            new Entry(BankView.class, "nav.bank", VaadinIcon.BOOK),
            new Entry(BlueprintsView.class, "nav.blueprints", VaadinIcon.GRID_SMALL),
            new Entry(PapersView.class, "nav.papers", VaadinIcon.FILE_TEXT),
            new Entry(SessionsView.class, "nav.sessions", VaadinIcon.CALENDAR_CLOCK),
            new Entry(MyExamView.class, "nav.myExam", VaadinIcon.EDIT),
            new Entry(ResultsView.class, "nav.results", VaadinIcon.CHART),
            new Entry(AcceptanceView.class, "nav.acceptance", VaadinIcon.CHECK_SQUARE_O),
            new Entry(AccountsView.class, "nav.accounts", VaadinIcon.USERS),
            new Entry(ReferenceDataView.class, "nav.referenceData", VaadinIcon.LIST),
            new Entry(AuditView.class, "nav.audit", VaadinIcon.LOCK));

    private Navigation() {
    }

    public static List<Entry> all() {
        return ENTRIES;
    }

    public static List<Entry> visibleTo(Caller caller) {
        return ENTRIES.stream().filter(e -> e.visibleTo(caller)).toList();
    }
}
