package org.marac.portal.scrutiny.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.Grids;
import org.marac.portal.base.ui.Notices;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.scrutiny.PanelService;
import org.marac.portal.scrutiny.ScrutinyPanel;

/**
 * ADMIN, for the partnership: community scrutiny panels, the areas they cover, their independent chair and
 * members, terms of reference and confidentiality agreement. Never any case content.
 */
@Route("scrutiny/panels")
@RolesAllowed("ADMIN")
@Menu(order = 93, title = "nav.scrutinyPanels")
public class ScrutinyPanelsView extends Main implements HasDynamicTitle {

    private final PanelService panels;
    private final MaracAreaService areas;
    private final Grid<ScrutinyPanel> grid = new Grid<>();

    ScrutinyPanelsView(PanelService panels, MaracAreaService areas) {
        this.panels = panels;
        this.areas = areas;
        addClassName("admin-view");
        Button add = new Button(getTranslation("scrutiny.panel.add"), click -> edit(newPanel()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-panel");
        grid.addColumn(ScrutinyPanel::getName).setHeader(getTranslation("scrutiny.panel.name")).setFlexGrow(2);
        grid.addColumn(p -> p.getAreas().stream().map(MaracArea::getName).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("scrutiny.panel.areas")).setFlexGrow(2);
        grid.addColumn(p -> p.getChair() == null ? "" : p.getChair().getDisplayName()).setHeader(getTranslation("scrutiny.panel.chair"));
        grid.addColumn(p -> p.getMembers().size()).setHeader(getTranslation("scrutiny.panel.memberCount")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("scrutiny.panel.acceptedCount", p.getMemberships().stream()
                .filter(m -> m.hasAccepted(p.getAgreementVersion())).count(), p.getAgreementVersion()))
                .setHeader(getTranslation("scrutiny.panel.agreement")).setFlexGrow(2);
        Grids.editable(grid, ScrutinyPanel::getName, this::edit);
        grid.setAriaLabel(getTranslation("nav.scrutinyPanels"));
        grid.setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("nav.scrutinyPanels")), add);
        header.addClassName("view-header");
        add(header, new Paragraph(getTranslation("scrutiny.panels.intro")), grid);
        refresh();
    }

    private ScrutinyPanel newPanel() {
        ScrutinyPanel panel = new ScrutinyPanel(null);
        panel.setTermsOfReference(getTranslation("scrutiny.panel.defaultTerms"));
        panel.setAgreementText(getTranslation("scrutiny.panel.defaultAgreement"));
        return panel;
    }

    private void refresh() {
        grid.setItems(panels.findAll());
    }

    private void edit(ScrutinyPanel panel) {
        Binder<ScrutinyPanel> binder = new Binder<>(ScrutinyPanel.class);
        String title = panel.isNew() ? getTranslation("scrutiny.panel.add") : getTranslation("scrutiny.panel.edit", panel.getName());
        EditDialog<ScrutinyPanel> dialog = new EditDialog<>(title, binder, panel, panels::save, saved -> {
            Notices.success(getTranslation("scrutiny.panel.saved", saved.getName()));
            refresh();
        });
        TextField name = dialog.field("name", new TextField(getTranslation("scrutiny.panel.name")));
        name.setMaxLength(150);
        binder.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max150"), 1, 150))
                .bind(ScrutinyPanel::getName, ScrutinyPanel::setName);
        MultiSelectComboBox<MaracArea> covered = dialog.field("areas", new MultiSelectComboBox<>(getTranslation("scrutiny.panel.areas")));
        covered.setItems(areas.findAll());
        covered.setItemLabelGenerator(MaracArea::getName);
        binder.forField(covered).asRequired(getTranslation("scrutiny.panel.areasRequired"))
                .bind(ScrutinyPanel::getAreas, ScrutinyPanel::setAreas);
        ComboBox<Member> chair = dialog.field("chair", new ComboBox<>(getTranslation("scrutiny.panel.chair")));
        chair.setItems(panels.chairCandidates());
        chair.setItemLabelGenerator(ScrutinyPanelsView::nameAndAgency);
        chair.setHelperText(getTranslation("scrutiny.panel.chair.help"));
        binder.forField(chair).bind(ScrutinyPanel::getChair, ScrutinyPanel::setChair);
        MultiSelectComboBox<Member> members = dialog.field("members", new MultiSelectComboBox<>(getTranslation("scrutiny.panel.members")));
        members.setItems(panels.memberCandidates());
        members.setItemLabelGenerator(ScrutinyPanelsView::nameAndAgency);
        members.setHelperText(getTranslation("scrutiny.panel.members.help"));
        binder.forField(members).bind(ScrutinyPanel::getMembers, ScrutinyPanel::setMembers);
        TextArea terms = dialog.field("termsOfReference", new TextArea(getTranslation("scrutiny.panel.terms")));
        terms.setMaxLength(4000);
        binder.forField(terms).asRequired(getTranslation("validation.required"))
                .bind(ScrutinyPanel::getTermsOfReference, ScrutinyPanel::setTermsOfReference);
        dialog.addWide(terms);
        TextArea agreement = dialog.field("agreementText", new TextArea(getTranslation("scrutiny.panel.agreementText")));
        agreement.setMaxLength(4000);
        agreement.setHelperText(getTranslation("scrutiny.panel.agreementText.help"));
        binder.forField(agreement).asRequired(getTranslation("validation.required"))
                .bind(ScrutinyPanel::getAgreementText, ScrutinyPanel::setAgreementText);
        dialog.addWide(agreement);
        dialog.open();
    }

    private static String nameAndAgency(Member member) {
        return member.getAgency() == null ? member.getDisplayName() : member.getDisplayName() + " (" + member.getAgency().getName() + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.scrutinyPanels");
    }
}
