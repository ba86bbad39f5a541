package org.marac.portal.nomination.internal;

import java.util.List;
import org.marac.portal.nomination.MatchSuggestion;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MatchSuggestionRepository extends JpaRepository<MatchSuggestion, Long> {

    List<MatchSuggestion> findByMaracCaseIdOrderByScoreDesc(Long caseId);
}
