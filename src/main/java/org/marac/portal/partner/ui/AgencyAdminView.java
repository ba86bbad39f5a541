package org.marac.portal.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Fields;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.AgencyType;

/** ADMIN: the register of partner agencies and their information sharing agreements. */
@Route("admin/agencies")
@RolesAllowed("ADMIN")
@Menu(order = 91, title = "nav.agencies")
public class AgencyAdminView extends Main implements HasDynamicTitle {

    private final AgencyService agencies;
    private final Grid<Agency> grid = new Grid<>();

    AgencyAdminView(AgencyService agencies) {
        this.agencies = agencies;
        addClassName("admin-view");
        Button add = new Button(getTranslation("agencies.add"), click -> edit(new Agency(null, null)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-agency");

        grid.addColumn(Agency::getName).setHeader(getTranslation("agency.name")).setSortable(true).setFlexGrow(3);
        grid.addColumn(agency -> Labels.of("agency.type", agency.getType())).setHeader(getTranslation("agency.type")).setFlexGrow(2);
        grid.addColumn(agency -> DateFormats.date(agency.getSharingAgreementSigned())).setHeader(getTranslation("agency.signed"));
        grid.addColumn(agency -> DateFormats.date(agency.getSharingAgreementReview())).setHeader(getTranslation("agency.review"));
        grid.addColumn(agency -> getTranslation(agency.isActive() ? "common.yes" : "common.no")).setHeader(getTranslation("agency.active"));
        Grids.editable(grid, Agency::getName, this::edit);
        grid.setAriaLabel(getTranslation("nav.agencies"));
        grid.setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("nav.agencies")), add);
        header.addClassName("view-header");
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(agencies.findAll());
    }

    void edit(Agency agency) {
        Binder<Agency> binder = new Binder<>(Agency.class);
        String title = agency.isNew() ? getTranslation("agencies.add") : getTranslation("agencies.edit", agency.getName());
        EditDialog<Agency> dialog = new EditDialog<>(title, binder, agency, agencies::save, saved -> {
            Notices.success(getTranslation("agencies.saved", saved.getName()));
            refresh();
        });

        TextField name = dialog.field("name", new TextField(getTranslation("agency.name")));
        name.setMaxLength(150);
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max150"), 1, 150))
                .bind(Agency::getName, Agency::setName);

        ComboBox<AgencyType> type = dialog.field("type", new ComboBox<>(getTranslation("agency.type")));
        type.setItems(AgencyType.values());
        type.setItemLabelGenerator(value -> Labels.of("agency.type", value));
        binder.forField(type).asRequired(getTranslation("validation.required")).bind(Agency::getType, Agency::setType);

        DatePicker signed = dialog.field("sharingAgreementSigned", Fields.datePicker(getTranslation("agency.signed")));
        binder.forField(signed).bind(Agency::getSharingAgreementSigned, Agency::setSharingAgreementSigned);

        DatePicker review = dialog.field("sharingAgreementReview", Fields.datePicker(getTranslation("agency.review")));
        binder.forField(review)
                .withValidator(date -> date == null || signed.getValue() == null || date.isAfter(signed.getValue()),
                        getTranslation("agency.review.beforeSigned"))
                .bind(Agency::getSharingAgreementReview, Agency::setSharingAgreementReview);
        signed.addValueChangeListener(change -> binder.validate());

        Checkbox active = new Checkbox(getTranslation("agency.active"));
        dialog.addWide(active);
        binder.forField(active).bind(Agency::isActive, Agency::setActive);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.agencies");
    }
}
