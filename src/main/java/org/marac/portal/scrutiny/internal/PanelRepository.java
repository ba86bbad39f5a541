package org.marac.portal.scrutiny.internal;

import java.util.List;
import java.util.Optional;
import org.marac.portal.scrutiny.ScrutinyPanel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PanelRepository extends JpaRepository<ScrutinyPanel, Long> {

    List<ScrutinyPanel> findAllByOrderByNameAsc();

    Optional<ScrutinyPanel> findByNameIgnoreCase(String name);

    @Query("select distinct p from ScrutinyPanel p join p.memberships m where m.member.id = :memberId order by p.name")
    List<ScrutinyPanel> findWithMember(Long memberId);

    /** Whether the member chairs a panel that covers this area. */
    @Query("select count(p) > 0 from ScrutinyPanel p join p.areas a where p.chair.id = :memberId and a.id = :areaId")
    boolean chairCovers(Long memberId, Long areaId);
}
