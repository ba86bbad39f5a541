package org.marac.portal.partner;

import jakarta.validation.Valid;
import java.util.List;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.partner.internal.AgencyRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The agency register. ADMIN maintains it; every member can list the active agencies. */
@Service
@Validated
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;

    AgencyService(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Agency> findAll() {
        return agencies.findAllByOrderByNameAsc();
    }

    @PreAuthorize("hasRole('ACTIVE_MEMBER')")
    public List<Agency> findActive() {
        return agencies.findByActiveTrueOrderByNameAsc();
    }

    /** Creates or updates an agency; a stale version fails with an optimistic locking exception. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Agency save(@Valid Agency agency) {
        agencies.findByNameIgnoreCase(agency.getName())
                .filter(other -> !other.getId().equals(agency.getId()))
                .ifPresent(other -> {
                    throw new InvalidFieldException("name", "agency.name.duplicate");
                });
        return agencies.saveAndFlush(agency);
    }
}
