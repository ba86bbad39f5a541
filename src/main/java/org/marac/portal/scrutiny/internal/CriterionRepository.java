package org.marac.portal.scrutiny.internal;

import java.util.List;
import org.marac.portal.scrutiny.ReviewCriterion;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CriterionRepository extends JpaRepository<ReviewCriterion, Long> {

    @Query("select c from ReviewCriterion c where c.panel.id = :panelId order by c.position, c.id")
    List<ReviewCriterion> findByPanel(Long panelId);

    @Query("select coalesce(max(c.position), 0) from ReviewCriterion c where c.panel.id = :panelId")
    int lastPosition(Long panelId);

    /** Whether a review meeting has fixed this criterion for its reviews. */
    @Query("select count(m) > 0 from ReviewMeeting m join m.criteria c where c.id = :criterionId")
    boolean isUsed(Long criterionId);
}
