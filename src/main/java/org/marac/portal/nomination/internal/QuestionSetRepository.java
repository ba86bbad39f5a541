package org.marac.portal.nomination.internal;

import java.util.Optional;
import org.marac.portal.nomination.QuestionSet;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionSetRepository extends JpaRepository<QuestionSet, Long> {

    Optional<QuestionSet> findFirstByActiveTrueOrderBySetVersionDesc();
}
