package org.marac.portal.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.marac.portal.base.erasure.CaseErasure;
import org.marac.portal.nomination.internal.CaseEventRepository;
import org.marac.portal.nomination.internal.CaseInformationRepository;
import org.marac.portal.nomination.internal.CaseRepository;
import org.marac.portal.nomination.internal.MatchSuggestionRepository;
import org.marac.portal.nomination.internal.RiskAssessmentRepository;
import org.marac.portal.person.PersonDirectory;
import org.springframework.stereotype.Component;

/**
 * Anonymises a case's own records: its people (names, contact details, date of birth as an age band),
 * its free text, its risk assessments' words, the information partners shared, its timeline notes, and
 * every possible-match suggestion and same-person link that involved its people.
 */
@Component
class NominationErasure implements CaseErasure {

    private final CaseRepository cases;
    private final RiskAssessmentRepository assessments;
    private final CaseInformationRepository information;
    private final CaseEventRepository events;
    private final MatchSuggestionRepository suggestions;
    private final PersonDirectory people;
    private final Clock clock;

    NominationErasure(CaseRepository cases, RiskAssessmentRepository assessments, CaseInformationRepository information,
            CaseEventRepository events, MatchSuggestionRepository suggestions, PersonDirectory people, Clock clock) {
        this.cases = cases;
        this.assessments = assessments;
        this.information = information;
        this.events = events;
        this.suggestions = suggestions;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void erase(Long caseId) {
        MaracCase maracCase = cases.findById(caseId).orElseThrow(CaseNotFoundException::new);
        List<Long> personIds = maracCase.personIds();
        suggestions.deleteAll(suggestions.findInvolving(personIds));
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        maracCase.getParties().forEach(party -> party.getPerson().anonymise(today));
        personIds.forEach(people::forget);
        maracCase.eraseFreeText();
        assessments.findByMaracCaseIdOrderByAssessmentNumberDesc(caseId).forEach(RiskAssessment::eraseFreeText);
        information.findByMaracCaseId(caseId).forEach(CaseInformation::eraseFreeText);
        events.timeline(caseId).forEach(CaseEvent::eraseNote);
        cases.saveAndFlush(maracCase);
    }
}
