package cn.kaowu.ui.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A section's page with its title; sections not built yet say so plainly. */
public abstract class SectionPage extends VerticalLayout {

    protected SectionPage(String titleKey) {
        setSizeFull();
        add(new H2(getTranslation(titleKey)));
    }

    protected void comingLater(String what) {
        Paragraph note = new Paragraph(what);
        note.addClassName("coming-later");
        add(note);
    }
}
