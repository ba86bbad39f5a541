package org.marac.portal.partner.internal;

import java.util.List;
import java.util.Optional;
import org.marac.portal.partner.Agency;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByNameIgnoreCase(String name);

    List<Agency> findAllByOrderByNameAsc();

    List<Agency> findByActiveTrueOrderByNameAsc();
}
