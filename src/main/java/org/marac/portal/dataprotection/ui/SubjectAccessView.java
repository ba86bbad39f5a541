package org.marac.portal.dataprotection.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.dataprotection.SubjectAccessService;
import org.marac.portal.person.Person;

/** DATA_PROTECTION_OFFICER: find the person a request is about and produce the complete export in one action. */
@Route("dpo/subject-access")
@RolesAllowed("DATA_PROTECTION_OFFICER")
@Menu(order = 81, title = "nav.subjectAccess")
public class SubjectAccessView extends Main implements HasDynamicTitle {

    SubjectAccessView(SubjectAccessService subjectAccess) {
        addClassName("admin-view");
        TextField name = new TextField(getTranslation("sar.name"));
        name.setHelperText(getTranslation("sar.name.help"));
        name.setMaxLength(200);
        Grid<Person> grid = new Grid<>();
        grid.addColumn(Person::getId).setHeader(getTranslation("sar.personId")).setAutoWidth(true);
        grid.addColumn(Person::displayName).setHeader(getTranslation("person.name")).setFlexGrow(2);
        grid.addColumn(person -> DateFormats.date(person.getDateOfBirth())).setHeader(getTranslation("person.dateOfBirth"));
        grid.addColumn(person -> person.getPostcode() == null ? "" : person.getPostcode()).setHeader(getTranslation("person.postcode"));
        grid.addComponentColumn(person -> {
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(subjectAccess.export(person.getId())),
                    "subject-access-" + person.getId() + ".zip", "application/zip", -1)), getTranslation("sar.export"));
            export.getElement().setAttribute("aria-label", getTranslation("sar.exportFor", person.displayName()));
            return export;
        }).setHeader(getTranslation("sar.export")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.subjectAccess"));
        Paragraph none = new Paragraph(getTranslation("sar.none"));
        none.setVisible(false);
        Button search = new Button(getTranslation("log.search"), click -> {
            var found = name.getValue().isBlank() ? java.util.List.<Person>of() : subjectAccess.findPeople(name.getValue());
            grid.setItems(found);
            none.setVisible(found.isEmpty());
        });
        search.setId("find-person");
        search.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(name, search);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H1(getTranslation("nav.subjectAccess")), new Paragraph(getTranslation("sar.intro")), form, none, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subjectAccess");
    }
}
