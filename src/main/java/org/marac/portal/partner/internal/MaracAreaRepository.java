package org.marac.portal.partner.internal;

import java.util.List;
import java.util.Optional;
import org.marac.portal.partner.MaracArea;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MaracAreaRepository extends JpaRepository<MaracArea, Long> {

    Optional<MaracArea> findByNameIgnoreCase(String name);

    List<MaracArea> findAllByOrderByNameAsc();

    List<MaracArea> findByChairIdOrderByNameAsc(Long chairId);

    List<MaracArea> findDistinctByMemberAgenciesIdOrderByNameAsc(Long agencyId);
}
