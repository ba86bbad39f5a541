package org.marac.portal.partner.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyType;
import org.marac.portal.partner.DemoIdentity;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberStatus;
import org.marac.portal.partner.ReferralModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo agencies, areas and members for the demo identities, so a fresh run can be tried at once. Adds
 * only what is missing, so it is safe on every start and never overwrites an ADMIN's changes.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class PartnerDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnerDemoData.class);

    private final AgencyRepository agencies;
    private final MaracAreaRepository areas;
    private final MemberRepository members;
    private final String issuer;

    PartnerDemoData(AgencyRepository agencies, MaracAreaRepository areas, MemberRepository members,
            @Value("${portal.demo-data.issuer:${portal.dev-idp.issuer}}") String issuer) {
        this.agencies = agencies;
        this.areas = areas;
        this.members = members;
        this.issuer = issuer;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Agency> byName = new LinkedHashMap<>();
        agency(byName, "Northshire Police", AgencyType.POLICE);
        agency(byName, "Northshire Council Community Safety", AgencyType.LOCAL_AUTHORITY);
        agency(byName, "Northshire Homes", AgencyType.HOUSING);
        agency(byName, "Northshire Youth Offending Service", AgencyType.YOUTH_OFFENDING);
        agency(byName, "Victim Support Northshire", AgencyType.VICTIM_SUPPORT);
        agency(byName, "Northshire Scrutiny Panel", AgencyType.OTHER);
        agency(byName, "Stop Hate Northshire reporting centre", AgencyType.THIRD_PARTY_REPORTING_CENTRE);

        Map<String, Member> byUsername = new LinkedHashMap<>();
        for (DemoIdentity identity : DemoIdentity.all()) {
            byUsername.put(identity.username(), member(identity, byName));
        }

        area("Northshire North", byUsername.get("chair"), ReferralModel.OPT_OUT, byName);
        area("Northshire South", byUsername.get("chair2"), ReferralModel.OPT_IN, byName);
    }

    private void agency(Map<String, Agency> byName, String name, AgencyType type) {
        Agency agency = agencies.findByNameIgnoreCase(name).orElseGet(() -> {
            Agency created = new Agency(name, type);
            created.setSharingAgreementSigned(LocalDate.of(2025, 4, 1));
            created.setSharingAgreementReview(LocalDate.of(2027, 3, 31));
            log.info("Demo data: agency {}", name);
            return agencies.save(created);
        });
        byName.put(name, agency);
    }

    private Member member(DemoIdentity identity, Map<String, Agency> agenciesByName) {
        return members.findByIssuerAndSubject(issuer, identity.username()).orElseGet(() -> {
            Member member = new Member(issuer, identity.username(), identity.name(), identity.email());
            if (identity.agency() != null) {
                // The newcomer has no agency: they show the "access requested" path.
                member.setAgency(agenciesByName.get(identity.agency()));
                member.setRoles(identity.roles());
                member.setStatus(MemberStatus.ACTIVE);
                return members.save(member);
            }
            return null;
        });
    }

    private void area(String name, Member chair, ReferralModel referral, Map<String, Agency> agenciesByName) {
        if (areas.findByNameIgnoreCase(name).isPresent()) {
            return;
        }
        MaracArea area = new MaracArea(name);
        area.setChair(chair);
        area.setReferralModel(referral);
        area.setMemberAgencies(agenciesByName.values().stream()
                .filter(agency -> agency.getType() != AgencyType.OTHER).collect(java.util.stream.Collectors.toSet()));
        area.setLocalStrands(List.of("Sex or gender", "Alternative subculture", "Age"));
        areas.save(area);
        log.info("Demo data: area {}", name);
    }
}
