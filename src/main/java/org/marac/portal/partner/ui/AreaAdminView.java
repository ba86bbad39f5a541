package org.marac.portal.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Labels;
import org.marac.portal.base.ui.LinesConverter;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.ReferralModel;

/** ADMIN: MARAC areas, their chair, member agencies and local settings. */
@Route("admin/areas")
@RolesAllowed("ADMIN")
@Menu(order = 92, title = "nav.areas")
public class AreaAdminView extends Main implements HasDynamicTitle {

    private static final int MAX_STRAND_LENGTH = 80;

    private final MaracAreaService areas;
    private final AgencyService agencies;
    private final Grid<MaracArea> grid = new Grid<>();

    AreaAdminView(MaracAreaService areas, AgencyService agencies) {
        this.areas = areas;
        this.agencies = agencies;
        addClassName("admin-view");
        Button add = new Button(getTranslation("areas.add"), click -> edit(new MaracArea(null)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-area");

        grid.addColumn(MaracArea::getName).setHeader(getTranslation("area.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(area -> area.getChair() == null ? "" : area.getChair().getDisplayName())
                .setHeader(getTranslation("area.chair")).setFlexGrow(2);
        grid.addColumn(area -> getTranslation("area.cadence.value", area.getCadenceWeeks())).setHeader(getTranslation("area.cadence"));
        grid.addColumn(area -> area.getMemberAgencies().size()).setHeader(getTranslation("area.agencies"));
        grid.addColumn(area -> Labels.of("area.referral", area.getReferralModel())).setHeader(getTranslation("area.referral"));
        grid.addColumn(area -> String.join(", ", area.getLocalStrands())).setHeader(getTranslation("area.strands")).setFlexGrow(3);
        Grids.editable(grid, MaracArea::getName, this::edit);
        grid.setAriaLabel(getTranslation("nav.areas"));
        grid.setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("nav.areas")), add);
        header.addClassName("view-header");
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(areas.findAll());
    }

    void edit(MaracArea area) {
        Binder<MaracArea> binder = new Binder<>(MaracArea.class);
        String title = area.isNew() ? getTranslation("areas.add") : getTranslation("areas.edit", area.getName());
        EditDialog<MaracArea> dialog = new EditDialog<>(title, binder, area, areas::save, saved -> {
            Notices.success(getTranslation("areas.saved", saved.getName()));
            refresh();
        });

        TextField name = dialog.field("name", new TextField(getTranslation("area.name")));
        name.setMaxLength(150);
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max150"), 1, 150))
                .bind(MaracArea::getName, MaracArea::setName);

        IntegerField cadence = dialog.field("cadenceWeeks", new IntegerField(getTranslation("area.cadence")));
        cadence.setStepButtonsVisible(true);
        cadence.setMin(1);
        cadence.setMax(26);
        cadence.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(getTranslation("area.cadence.range"))
                .setMaxErrorMessage(getTranslation("area.cadence.range"))
                .setBadInputErrorMessage(getTranslation("area.cadence.range")));
        cadence.setHelperText(getTranslation("area.cadence.help"));
        binder.forField(cadence)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("area.cadence.range"), 1, 26))
                .bind(MaracArea::getCadenceWeeks, MaracArea::setCadenceWeeks);

        IntegerField escalation = dialog.field("escalationIncidents", new IntegerField(getTranslation("area.escalation")));
        escalation.setHelperText(getTranslation("area.escalation.help"));
        escalation.setStepButtonsVisible(true);
        binder.forField(escalation)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("area.escalation.range"), 2, 20))
                .bind(MaracArea::getEscalationIncidents, MaracArea::setEscalationIncidents);
        IntegerField window = dialog.field("escalationWindowMonths", new IntegerField(getTranslation("area.window")));
        window.setStepButtonsVisible(true);
        binder.forField(window)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("area.window.range"), 1, 60))
                .bind(MaracArea::getEscalationWindowMonths, MaracArea::setEscalationWindowMonths);
        IntegerField retention = dialog.field("retentionYears", new IntegerField(getTranslation("area.retention")));
        retention.setHelperText(getTranslation("area.retention.help"));
        retention.setStepButtonsVisible(true);
        binder.forField(retention)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new IntegerRangeValidator(getTranslation("area.retention.range"), 1, 25))
                .bind(MaracArea::getRetentionYears, MaracArea::setRetentionYears);

        ComboBox<Member> chair = dialog.field("chair", new ComboBox<>(getTranslation("area.chair")));
        chair.setItems(areas.chairCandidates());
        chair.setItemLabelGenerator(member -> member.getAgency() == null ? member.getDisplayName()
                : member.getDisplayName() + " (" + member.getAgency().getName() + ")");
        chair.setHelperText(getTranslation("area.chair.help"));
        binder.forField(chair).bind(MaracArea::getChair, MaracArea::setChair);

        RadioButtonGroup<ReferralModel> referral = dialog.field("referralModel",
                new RadioButtonGroup<>(getTranslation("area.referral")));
        referral.setItems(ReferralModel.values());
        referral.setItemLabelGenerator(value -> Labels.of("area.referral", value));
        binder.forField(referral).asRequired(getTranslation("validation.required"))
                .bind(MaracArea::getReferralModel, MaracArea::setReferralModel);

        MultiSelectComboBox<Agency> members = new MultiSelectComboBox<>(getTranslation("area.agencies"));
        members.setItems(agencies.findAll());
        members.setItemLabelGenerator(Agency::getName);
        dialog.field("memberAgencies", members);
        dialog.addWide(members);
        binder.forField(members).bind(MaracArea::getMemberAgencies, MaracArea::setMemberAgencies);

        TextArea strands = dialog.field("localStrands", new TextArea(getTranslation("area.strands")));
        strands.setHelperText(getTranslation("area.strands.help"));
        dialog.addWide(strands);
        binder.forField(strands)
                .withConverter(new LinesConverter(MAX_STRAND_LENGTH, getTranslation("area.strand.tooLong", MAX_STRAND_LENGTH)))
                .bind(MaracArea::getLocalStrands, MaracArea::setLocalStrands);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.areas");
    }
}
