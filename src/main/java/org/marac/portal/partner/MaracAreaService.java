package org.marac.portal.partner;

import jakarta.validation.Valid;
import java.util.List;
import org.marac.portal.base.InvalidFieldException;
import org.marac.portal.partner.internal.MaracAreaRepository;
import org.marac.portal.partner.internal.MemberRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** MARAC areas: ADMIN maintains them; a chair and the member agencies can read their own. */
@Service
@Validated
@Transactional(readOnly = true)
public class MaracAreaService {

    private final MaracAreaRepository areas;
    private final MemberRepository members;

    MaracAreaService(MaracAreaRepository areas, MemberRepository members) {
        this.areas = areas;
        this.members = members;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<MaracArea> findAll() {
        return areas.findAllByOrderByNameAsc();
    }

    /** Members who may chair an area: active, with the CHAIR role. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Member> chairCandidates() {
        return members.findActiveWithRole(Role.CHAIR);
    }

    @PreAuthorize("hasRole('CHAIR') and #chairId == authentication.principal.memberId")
    public List<MaracArea> areasChairedBy(Long chairId) {
        return areas.findByChairIdOrderByNameAsc(chairId);
    }

    @PreAuthorize("hasRole('ACTIVE_MEMBER') and #agencyId == authentication.principal.agencyId")
    public List<MaracArea> areasWithMemberAgency(Long agencyId) {
        return areas.findDistinctByMemberAgenciesIdOrderByNameAsc(agencyId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MaracArea save(@Valid MaracArea area) {
        areas.findByNameIgnoreCase(area.getName())
                .filter(other -> !other.getId().equals(area.getId()))
                .ifPresent(other -> {
                    throw new InvalidFieldException("name", "area.name.duplicate");
                });
        if (area.getChair() != null && !area.getChair().hasRole(Role.CHAIR)) {
            throw new InvalidFieldException("chair", "area.chair.notChair");
        }
        List<String> strands = area.getLocalStrands().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (strands.stream().map(String::toLowerCase).distinct().count() != strands.size()) {
            throw new InvalidFieldException("localStrands", "area.strand.duplicate");
        }
        area.setLocalStrands(strands);
        return areas.saveAndFlush(area);
    }
}
