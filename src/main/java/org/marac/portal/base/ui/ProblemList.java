package org.marac.portal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Everything that stops a form going further, listed at once at the top of the form and announced. */
public class ProblemList extends Div {

    public ProblemList() {
        addClassName("problems");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(List<String> messages) {
        removeAll();
        add(new H2(getTranslation("form.problems")));
        UnorderedList list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        add(list);
        setVisible(true);
        scrollIntoView();
    }

    public void hide() {
        setVisible(false);
    }
}
