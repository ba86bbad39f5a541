package org.marac.portal.nomination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import org.marac.portal.base.ui.DateFormats;
import org.marac.portal.base.ui.EditDialog;
import org.marac.portal.base.ui.LabelledLine;
import org.marac.portal.nomination.CaseInformation;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.partner.PortalUser;

/**
 * What partner agencies know about the case, fact apart from opinion, newest first; restricted entries
 * appear only to their own agency. Members who may add information to the case do it here, and change
 * their own agency's entries.
 */
public class SharedInformationSection extends Section {

    private final CaseInformationService information;
    private final Long caseId;
    private final Long meetingId;
    private final boolean writable;
    private final Div entries = new Div();

    /**
     * @param meetingId the meeting this is research for, or null between meetings
     * @param writable  whether the acting member may add (the case is open and their role allows it)
     */
    public SharedInformationSection(CaseInformationService information, MaracCase maracCase, Long meetingId, boolean writable) {
        this.information = information;
        this.caseId = maracCase.getId();
        this.meetingId = meetingId;
        this.writable = writable;
        addClassName("case-section");
        add(new H2(getTranslation("information.title")));
        if (writable) {
            Button add = new Button(getTranslation("information.add"), click -> edit(CaseInformation.blank()));
            add.setId("add-information");
            add(add);
        }
        add(entries);
        refresh();
    }

    private void refresh() {
        entries.removeAll();
        var readable = meetingId == null ? information.readable(caseId) : information.research(caseId, meetingId);
        if (readable.isEmpty()) {
            entries.add(new Paragraph(getTranslation("information.none")));
        }
        Long agencyId = PortalUser.require().getAgencyId();
        for (CaseInformation entry : readable) {
            Article article = new Article();
            article.addClassName("information-entry");
            H3 heading = new H3(entry.getAgency().getName() + " — " + entry.getAuthor().getDisplayName() + ", "
                    + DateFormats.dateTime(entry.getCreatedAt()));
            article.add(heading);
            if (entry.isRestricted()) {
                Span restricted = new Span(getTranslation("information.restrictedBadge", entry.getAgency().getName()));
                restricted.addClassNames("badge", "badge-restricted");
                article.add(restricted);
            }
            article.add(LabelledLine.of("information.facts", entry.getFacts()), LabelledLine.of("information.opinion", entry.getOpinion()));
            if (writable && Objects.equals(entry.getAgency().getId(), agencyId)) {
                Button change = new Button(getTranslation("action.edit"), click -> edit(entry));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                change.setAriaLabel(getTranslation("information.editFrom", DateFormats.dateTime(entry.getCreatedAt())));
                article.add(change);
            }
            entries.add(article);
        }
    }

    private void edit(CaseInformation entry) {
        Binder<CaseInformation> binder = new Binder<>(CaseInformation.class);
        EditDialog<CaseInformation> dialog = new EditDialog<>(getTranslation(entry.isNew() ? "information.add" : "action.edit"),
                binder, entry,
                changed -> changed.isNew() ? information.record(caseId, meetingId, changed)
                        : information.update(changed.getId(), changed.getVersion(), changed),
                saved -> refresh());
        TextArea facts = dialog.field("facts", new TextArea(getTranslation("information.facts")));
        facts.setHelperText(getTranslation("information.facts.help"));
        facts.setMaxLength(4000);
        TextArea opinion = dialog.field("opinion", new TextArea(getTranslation("information.opinion")));
        opinion.setHelperText(getTranslation("information.opinion.help"));
        opinion.setMaxLength(4000);
        Checkbox restricted = new Checkbox(getTranslation("information.restricted"));
        dialog.addWide(restricted);
        dialog.addWide(new Paragraph(getTranslation("information.proportionate")));
        binder.forField(facts).withNullRepresentation("").bind(CaseInformation::getFacts, CaseInformation::setFacts);
        binder.forField(opinion).withNullRepresentation("").bind(CaseInformation::getOpinion, CaseInformation::setOpinion);
        binder.forField(restricted).bind(CaseInformation::isRestricted, CaseInformation::setRestricted);
        dialog.open();
    }
}
