package cn.kaowu.ui.shell;

import cn.kaowu.core.identity.Caller;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;

/**
 * The frame of every screen: a side navigation that lists only the sections the caller's role
 * may open (derived from each view's {@link VisibleTo}), and the caller with a log-out button.
 */
@Prototype
public class MainLayout extends AppLayout {

    public MainLayout() {
        Caller caller = CurrentCaller.get();
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");

        Span who = new Span(caller.username() + " · " + caller.role().label());
        who.addClassName("app-caller");
        Button logout = new Button(getTranslation("nav.logout"), e -> logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        for (Navigation.Entry entry : Navigation.visibleTo(caller)) {
            nav.addItem(new SideNavItem(getTranslation(entry.titleKey()), entry.view(), entry.icon().create()));
        }
        addToDrawer(nav);
    }

    private void logout() {
        CurrentCaller.clear();
        VaadinSession.getCurrent().getSession().invalidate();
        getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
    }
}
