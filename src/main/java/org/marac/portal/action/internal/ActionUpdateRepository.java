package org.marac.portal.action.internal;

import java.util.List;
import org.marac.portal.action.ActionUpdate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionUpdateRepository extends JpaRepository<ActionUpdate, Long> {

    List<ActionUpdate> findByActionIdOrderByCreatedAtAscIdAsc(Long actionId);
}
