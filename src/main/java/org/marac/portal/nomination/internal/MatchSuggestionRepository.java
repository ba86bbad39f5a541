package org.marac.portal.nomination.internal;

import java.util.List;
import org.marac.portal.nomination.MatchSuggestion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MatchSuggestionRepository extends JpaRepository<MatchSuggestion, Long> {

    List<MatchSuggestion> findByMaracCaseIdOrderByScoreDesc(Long caseId);

    @org.springframework.data.jpa.repository.Query(
            "select s from MatchSuggestion s where s.person.id in :personIds or s.existingPerson.id in :personIds")
    List<MatchSuggestion> findInvolving(java.util.Collection<Long> personIds);
}
