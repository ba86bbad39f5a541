package org.marac.portal.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marac.portal.nomination.CaseStatus;
import org.marac.portal.nomination.EligibilityRoute;
import org.marac.portal.nomination.ReportingRoute;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.nomination.Strand;
import org.marac.portal.nomination.VictimSupportChoice;
import org.marac.portal.partner.Agency;
import org.marac.portal.partner.AgencyService;
import org.marac.portal.partner.AgencyType;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.MaracAreaService;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.ReferralModel;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.NewMembers;
import org.marac.portal.support.SignIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A small partnership of its own for the insight tests, with figures worked out by hand: three agencies
 * (police, housing, council), two areas chaired by one chair (Insight North, opt-in; Insight South,
 * opt-out), a third area with another chair, and 23 cases written straight into the tables with exact dates,
 * strands, wards, routes, risk, eligibility, referrals, listings, MARAC meetings with their agendas, actions,
 * shares and one confirmed same-person link. Nothing else in the shared test database is in these areas or agencies, so the counts
 * are exactly those written in the tests. Built once per test JVM.
 *
 * <p>The period the tests look at is January to June 2025. Case 12 is submitted on 31 March 2025 at 23:30
 * UTC, which is 1 April in the UK (summer time): it counts in April.
 */
@Component
public class InsightFixture {

    public Agency police;
    public Agency housing;
    public Agency council;
    public MaracArea north;
    public MaracArea south;
    public MaracArea west;
    /** Chairs North and South (CHAIR only, council). */
    public Member chair;
    /** Chairs West and practises in housing: the sharing policy's two branches at once. */
    public Member chairAndPractitioner;
    public Member policeLead;
    public Member police1;
    public Member housingLead;
    public Member housing1;
    public Member council1;
    /** Case number (1 to 23) to case id and reference. */
    public final Map<Integer, Long> caseIds = new LinkedHashMap<>();
    public final Map<Integer, String> references = new LinkedHashMap<>();
    public final Map<String, Long> actionIds = new HashMap<>();

    private final AgencyService agencies;
    private final MaracAreaService areas;
    private final NewMembers newMembers;
    private final SignIn signIn;
    private final DemoMembers demo;
    private final JdbcTemplate jdbc;
    private final Map<Integer, Long> victims = new HashMap<>();
    private boolean built;

    InsightFixture(AgencyService agencies, MaracAreaService areas, NewMembers newMembers, SignIn signIn, DemoMembers demo,
            JdbcTemplate jdbc) {
        this.agencies = agencies;
        this.areas = areas;
        this.newMembers = newMembers;
        this.signIn = signIn;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    /** The period the figures below are for. */
    public static InsightFilter firstHalf2025() {
        return new InsightFilter(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 6), null, null, null);
    }

    public synchronized InsightFixture build() {
        if (built) {
            return this;
        }
        signIn.as(demo.get("admin"));
        police = agencies.save(new Agency("Insight Police", AgencyType.POLICE));
        housing = agencies.save(new Agency("Insight Housing", AgencyType.HOUSING));
        council = agencies.save(new Agency("Insight Council", AgencyType.LOCAL_AUTHORITY));
        chair = newMembers.create("Insight Chair", council, Role.CHAIR);
        chairAndPractitioner = newMembers.create("Insight West Chair", housing, Role.CHAIR, Role.PRACTITIONER);
        policeLead = newMembers.create("Insight Police Lead", police, Role.AGENCY_LEAD, Role.SUPERVISOR);
        police1 = newMembers.create("Insight Police Officer", police, Role.PRACTITIONER);
        housingLead = newMembers.create("Insight Housing Lead", housing, Role.AGENCY_LEAD);
        housing1 = newMembers.create("Insight Housing Officer", housing, Role.PRACTITIONER);
        council1 = newMembers.create("Insight Council Officer", council, Role.PRACTITIONER);
        signIn.as(demo.get("admin"));
        north = area("Insight North", ReferralModel.OPT_IN, chair);
        south = area("Insight South", ReferralModel.OPT_OUT, chair);
        west = area("Insight West", ReferralModel.OPT_IN, chairAndPractitioner);
        signIn.out();

        person(1, "1990-05-01", null, "ANSWERED", "White British");
        person(2, "1980-02-01", null, "ANSWERED", "Pakistani");
        person(3, null, "AGE_50_64", "DECLINED", null);
        person(4, "2001-07-01", null, "ANSWERED", " white british ");
        for (int v : new int[] {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23}) {
            person(v, v == 8 ? "1990-01-01" : v == 9 ? "1992-03-03" : null, null, v == 8 || v == 9 ? "ANSWERED" : "NOT_ASKED",
                    v == 8 || v == 9 ? "White British" : null);
        }

        // n, area, agency, submitted (UTC), status, risk, route, repeat, choice, victim, incidents
        kase(1, north, police, "2025-01-10T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.ACCEPTED, 1, incident("2025-01-05T18:00:00Z", "Riverside", ReportingRoute.POLICE, false, Strand.RACE));
        kase(2, north, police, "2025-01-15T10:00:00Z", CaseStatus.LISTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.DECLINED, 2,
                incident("2025-01-14T20:00:00Z", "Riverside", ReportingRoute.POLICE, false, Strand.RACE, Strand.RELIGION));
        kase(3, north, housing, "2025-01-20T10:00:00Z", CaseStatus.DECLINED, RiskLevel.MEDIUM, null, false,
                VictimSupportChoice.NOT_YET_ASKED, 3,
                incident("2024-12-01T12:00:00Z", "Castle", ReportingRoute.PARTNER_AGENCY, false, Strand.DISABILITY));
        kase(4, north, council, "2025-01-28T10:00:00Z", CaseStatus.SUBMITTED, null, null, false, VictimSupportChoice.ACCEPTED, 4,
                incident("2025-01-27T12:00:00Z", null, ReportingRoute.ONLINE_TRUE_VISION, true, Strand.SEXUAL_ORIENTATION));
        kase(5, north, police, "2025-02-03T10:00:00Z", CaseStatus.ACTIONS_OPEN, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH,
                false, VictimSupportChoice.ACCEPTED, 1,
                incident("2025-01-01T10:00:00Z", "Riverside", ReportingRoute.THIRD_PARTY_CENTRE, false, Strand.RACE),
                incident("2025-02-01T10:00:00Z", "Castle", ReportingRoute.POLICE, false, Strand.RACE));
        kase(6, south, housing, "2025-02-12T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.STANDARD,
                EligibilityRoute.PROFESSIONAL_JUDGEMENT, false, VictimSupportChoice.ACCEPTED, 6,
                incident("2025-02-10T10:00:00Z", "Harbour", ReportingRoute.POLICE, true, Strand.TRANSGENDER, Strand.SEXUAL_ORIENTATION));
        kase(7, south, police, "2025-02-25T10:00:00Z", CaseStatus.CLOSED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.DECLINED, 7, incident("2025-02-20T10:00:00Z", "Harbour", ReportingRoute.POLICE, false, Strand.RELIGION));
        kase(8, north, police, "2025-03-05T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ESCALATION, false,
                VictimSupportChoice.ACCEPTED, 8, incident("2025-03-01T10:00:00Z", "Riverside", ReportingRoute.POLICE, false, Strand.RACE));
        kase(9, north, police, "2025-03-10T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.REPEAT, true,
                VictimSupportChoice.ACCEPTED, 9, incident("2025-03-08T10:00:00Z", "Riverside", ReportingRoute.POLICE, false, Strand.RACE));
        kase(10, north, housing, "2025-03-15T10:00:00Z", CaseStatus.DECLINED, RiskLevel.STANDARD, null, false,
                VictimSupportChoice.DECLINED, 10,
                incident("2024-10-01T10:00:00Z", "Castle", ReportingRoute.PARTNER_AGENCY, false, Strand.DISABILITY));
        kase(11, south, council, "2025-03-20T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.MEDIUM,
                EligibilityRoute.PROFESSIONAL_JUDGEMENT, false, VictimSupportChoice.ACCEPTED, 11,
                incident("2025-03-19T10:00:00Z", "Harbour", ReportingRoute.THIRD_PARTY_CENTRE, false, Strand.RACE));
        kase(12, north, police, "2025-03-31T23:30:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.ACCEPTED, 12, incident("2025-03-30T12:00:00Z", "Riverside", ReportingRoute.POLICE, false, Strand.RACE));
        kase(13, north, police, "2025-04-10T10:00:00Z", CaseStatus.SUBMITTED, null, null, false, VictimSupportChoice.NOT_YET_ASKED,
                13, incident("2025-04-09T10:00:00Z", "Riverside", ReportingRoute.ONLINE_TRUE_VISION, true, Strand.RELIGION));
        kase(14, south, housing, "2025-04-22T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.ACCEPTED, 14, incident("2025-04-01T10:00:00Z", "Harbour", ReportingRoute.POLICE, false, Strand.DISABILITY));
        kase(15, north, police, "2025-05-02T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.ACCEPTED, 15, incident("2025-05-01T10:00:00Z", "Castle", ReportingRoute.POLICE, false, Strand.RACE));
        kase(16, north, council, "2025-05-12T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.MEDIUM,
                EligibilityRoute.PROFESSIONAL_JUDGEMENT, false, VictimSupportChoice.DECLINED, 16,
                incident("2025-05-10T10:00:00Z", "Riverside", ReportingRoute.POLICE, false, Strand.RACE, Strand.DISABILITY));
        kase(17, north, police, "2025-05-20T10:00:00Z", CaseStatus.DECLINED, RiskLevel.STANDARD, null, false,
                VictimSupportChoice.NOT_YET_ASKED, 17, incident("2025-05-18T10:00:00Z", "Castle", ReportingRoute.POLICE, false, Strand.RACE));
        kase(18, south, police, "2025-06-05T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.ACCEPTED, 18, incident("2025-06-01T10:00:00Z", "Harbour", ReportingRoute.POLICE, false, Strand.RACE));
        kase(19, south, police, "2025-06-25T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.ACCEPTED, 19, incident("2025-06-24T10:00:00Z", "Harbour", ReportingRoute.POLICE, false, Strand.RACE));
        // After the period, with an incident in it (a hotspot, not a nomination of the period).
        kase(20, north, police, "2025-07-03T10:00:00Z", CaseStatus.ACCEPTED, RiskLevel.HIGH, EligibilityRoute.ENDORSED_HIGH, false,
                VictimSupportChoice.ACCEPTED, 20, incident("2025-06-28T10:00:00Z", "Castle", ReportingRoute.POLICE, false, Strand.RACE));
        // A draft: never counted, though its incident is in the period.
        kase(21, north, police, null, CaseStatus.DRAFT, null, null, false, VictimSupportChoice.NOT_YET_ASKED, 21,
                incident("2025-06-10T10:00:00Z", "Riverside", ReportingRoute.POLICE, false, Strand.RACE));
        kase(22, west, council, "2025-02-01T10:00:00Z", CaseStatus.SUBMITTED, null, null, false, VictimSupportChoice.ACCEPTED, 22,
                incident("2025-01-30T10:00:00Z", "Westgate", ReportingRoute.POLICE, false, Strand.RACE));
        kase(23, west, council, null, CaseStatus.DRAFT, null, null, false, VictimSupportChoice.NOT_YET_ASKED, 23,
                incident("2025-01-30T10:00:00Z", "Westgate", ReportingRoute.POLICE, false, Strand.RACE));

        // Victim 9 was confirmed by the chair to be the same person as victim 7 (case 7 came first).
        jdbc.update("INSERT INTO person_link (version, created_at, modified_at, person_id, linked_id) VALUES (0, NOW(6), NOW(6), ?, ?)",
                victims.get(9), victims.get(7));

        // MARAC meetings at 10:00 UTC, each agenda published (the cases LISTED) a week before. Case 9's first meeting
        // was cancelled, case 7 was taken off its first agenda and case 8 off its only one: those do not count as
        // meetings for them. Cases 2 and 5 came back for review.
        long northSeries = series(north, "2025-01-30");
        long southSeries = series(south, "2025-03-06");
        meeting(northSeries, north, "2025-01-30T10:00:00Z", "MINUTES_APPROVED", agendaItem(1, "NEW", false));
        meeting(northSeries, north, "2025-02-13T10:00:00Z", "MINUTES_APPROVED", agendaItem(5, "NEW", false));
        meeting(northSeries, north, "2025-02-27T10:00:00Z", "MINUTES_APPROVED", agendaItem(2, "NEW", false));
        meeting(northSeries, north, "2025-03-13T10:00:00Z", "MINUTES_APPROVED", agendaItem(2, "REVIEW", false),
                agendaItem(5, "REVIEW", false));
        meeting(northSeries, north, "2025-03-20T10:00:00Z", "CANCELLED", agendaItem(9, "REPEAT", false));
        meeting(northSeries, north, "2025-04-03T10:00:00Z", "MINUTES_APPROVED", agendaItem(9, "REPEAT", false),
                agendaItem(8, "NEW", true));
        meeting(northSeries, north, "2025-06-05T10:00:00Z", "MINUTES_APPROVED", agendaItem(15, "NEW", false));
        meeting(southSeries, south, "2025-03-06T10:00:00Z", "MINUTES_APPROVED", agendaItem(7, "NEW", true));
        meeting(southSeries, south, "2025-03-27T10:00:00Z", "MINUTES_APPROVED", agendaItem(7, "NEW", false));
        meeting(southSeries, south, "2025-06-26T10:00:00Z", "AGENDA_PUBLISHED", agendaItem(18, "NEW", false));
        // Listings as publication made them (case 2 was listed twice: the first counts).
        listed(1, "2025-01-23T10:00:00Z");
        listed(5, "2025-02-06T10:00:00Z");
        listed(2, "2025-02-20T10:00:00Z");
        listed(2, "2025-03-06T10:00:00Z");
        listed(7, "2025-02-27T10:00:00Z");
        listed(9, "2025-03-13T10:00:00Z");
        listed(15, "2025-05-29T10:00:00Z");
        listed(18, "2025-06-19T10:00:00Z");

        action("a1", 5, police, "DONE", "2025-02-20", "2025-02-18T10:00:00Z");
        action("a2", 5, housing, "OPEN", "2025-03-01", null);
        action("a3", 5, housing, "DONE", "2025-02-15", "2025-02-20T10:00:00Z");
        action("a4", 9, police, "IN_PROGRESS", "2099-01-01", null);
        action("a5", 9, council, "CANNOT_BE_DONE", "2025-04-01", "2025-03-25T10:00:00Z");
        action("a6", 20, police, "OPEN", "2025-07-10", null);

        // Housing owns actions on case 5 (open): it sees the case. Case 7 is closed: housing's share no longer counts.
        // The council's share of case 8 has ended; its share of case 13 (open) stands.
        share(5, housing, "ACTION_OWNER", actionIds.get("a2"), null);
        share(5, housing, "ACTION_OWNER", actionIds.get("a3"), null);
        share(7, housing, "MEETING_AGENDA", 1L, null);
        share(8, council, "MEETING_AGENDA", 2L, "2025-04-01T10:00:00Z");
        share(13, council, "MEETING_AGENDA", 3L, null);
        built = true;
        return this;
    }

    private MaracArea area(String name, ReferralModel model, Member chairedBy) {
        MaracArea area = new MaracArea(name);
        area.setReferralModel(model);
        area.setChair(chairedBy);
        area.setMemberAgencies(Set.of(police, housing, council));
        return areas.save(area);
    }

    private void person(int victim, String born, String ageBand, String ethnicityAnswer, String ethnicity) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO person (version, created_at, modified_at, given_name, family_name, date_of_birth, age_band,
                        ethnicity_answer, ethnicity) VALUES (0, NOW(6), NOW(6), ?, 'Insight', ?, ?, ?, ?)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, "Victim" + victim);
            insert.setObject(2, born == null ? null : LocalDate.parse(born));
            insert.setString(3, ageBand);
            insert.setString(4, ethnicityAnswer);
            insert.setString(5, ethnicity);
            return insert;
        }, key);
        victims.put(victim, key.getKey().longValue());
    }

    private record IncidentRow(String occurredAt, String ward, ReportingRoute route, boolean cyber, Strand[] strands) {
    }

    private static IncidentRow incident(String occurredAt, String ward, ReportingRoute route, boolean cyber, Strand... strands) {
        return new IncidentRow(occurredAt, ward, route, cyber, strands);
    }

    private void kase(int n, MaracArea area, Agency agency, String submittedAt, CaseStatus status, RiskLevel risk,
            EligibilityRoute route, boolean repeat, VictimSupportChoice choice, int victim, IncidentRow... incidents) {
        Member nominator = agency.getId().equals(police.getId()) ? police1
                : agency.getId().equals(housing.getId()) ? housing1 : council1;
        String reference = submittedAt == null ? null : String.format("IT-2025-%04d", n);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO marac_case (version, created_at, modified_at, reference, area_id, status, nominating_agency_id,
                        nominating_member_id, referral_model, victim_support_choice, endorsed_risk, eligibility_route, repeat_case,
                        submitted_at, decided_at, closed_at)
                    VALUES (0, NOW(6), NOW(6), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, reference);
            insert.setLong(2, area.getId());
            insert.setString(3, status.name());
            insert.setLong(4, agency.getId());
            insert.setLong(5, nominator.getId());
            insert.setString(6, area.getReferralModel().name());
            insert.setString(7, choice.name());
            insert.setString(8, risk == null ? null : risk.name());
            insert.setString(9, route == null ? null : route.name());
            insert.setBoolean(10, repeat);
            insert.setObject(11, utc(submittedAt));
            insert.setObject(12, status == CaseStatus.SUBMITTED || submittedAt == null ? null : utc(submittedAt));
            insert.setObject(13, status == CaseStatus.CLOSED ? utc("2025-04-30T10:00:00Z") : null);
            return insert;
        }, key);
        long caseId = key.getKey().longValue();
        caseIds.put(n, caseId);
        references.put(n, reference);
        jdbc.update("INSERT INTO case_party (version, created_at, modified_at, case_id, person_id, role) VALUES (0, NOW(6), NOW(6), ?, ?, 'VICTIM')",
                caseId, victims.get(victim));
        for (IncidentRow incident : incidents) {
            GeneratedKeyHolder incidentKey = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var insert = connection.prepareStatement("""
                        INSERT INTO incident (version, created_at, modified_at, case_id, occurred_at, ward, kind, reporting_route,
                            cyber_enabled, perceived_by) VALUES (0, NOW(6), NOW(6), ?, ?, ?, 'CRIME', ?, ?, 'VICTIM')""",
                        java.sql.Statement.RETURN_GENERATED_KEYS);
                insert.setLong(1, caseId);
                insert.setObject(2, utc(incident.occurredAt()));
                insert.setString(3, incident.ward());
                insert.setString(4, incident.route().name());
                insert.setBoolean(5, incident.cyber());
                return insert;
            }, incidentKey);
            for (Strand strand : incident.strands()) {
                jdbc.update("INSERT INTO incident_strand (incident_id, strand) VALUES (?, ?)", incidentKey.getKey().longValue(),
                        strand.name());
            }
        }
        if (submittedAt != null) {
            event(n, CaseStatus.SUBMITTED, submittedAt);
        }
    }

    private long series(MaracArea area, String firstMeetingOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO meeting_series (version, created_at, modified_at, area_id, first_meeting_on, start_time,
                        default_slot_minutes, agenda_order) VALUES (0, NOW(6), NOW(6), ?, ?, '10:00:00', 12, 'CHILDREN_FIRST')""",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, area.getId());
            insert.setObject(2, LocalDate.parse(firstMeetingOn));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private record AgendaRow(int caseNumber, String kind, boolean removed) {
    }

    private static AgendaRow agendaItem(int caseNumber, String kind, boolean removed) {
        return new AgendaRow(caseNumber, kind, removed);
    }

    /**
     * An extra meeting (no occurrence number: the dates suit the figures, not the cadence), its agenda published a
     * week before; a removed item was taken off two days before the meeting.
     */
    private void meeting(long seriesId, MaracArea area, String startsAt, String status, AgendaRow... agenda) {
        Instant start = Instant.parse(startsAt);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO meeting (version, created_at, modified_at, series_id, area_id, occurrence, starts_at, status,
                        cancel_reason, published_at) VALUES (0, NOW(6), NOW(6), ?, ?, NULL, ?, ?, ?, ?)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, seriesId);
            insert.setLong(2, area.getId());
            insert.setObject(3, utc(startsAt));
            insert.setString(4, status);
            insert.setString(5, "CANCELLED".equals(status) ? "The chair was unwell" : null);
            insert.setObject(6, utc(start.minus(java.time.Duration.ofDays(7)).toString()));
            return insert;
        }, key);
        long meetingId = key.getKey().longValue();
        boolean held = status.equals("MINUTES_APPROVED");
        for (int position = 0; position < agenda.length; position++) {
            AgendaRow item = agenda[position];
            jdbc.update("""
                    INSERT INTO agenda_item (version, created_at, modified_at, meeting_id, case_id, kind, position, slot_minutes,
                        removed_at, removed_reason, discussed) VALUES (0, NOW(6), NOW(6), ?, ?, ?, ?, 12, ?, ?, ?)""",
                    meetingId, caseIds.get(item.caseNumber()), item.kind(), position + 1,
                    item.removed() ? utc(start.minus(java.time.Duration.ofDays(2)).toString()) : null,
                    item.removed() ? "Moved to a later meeting" : null, held && !item.removed());
        }
    }

    private void listed(int n, String at) {
        event(n, CaseStatus.LISTED, at);
    }

    private void event(int n, CaseStatus status, String at) {
        jdbc.update("INSERT INTO case_event (version, created_at, modified_at, case_id, status, member_id) VALUES (0, ?, ?, ?, ?, ?)",
                utc(at), utc(at), caseIds.get(n), status.name(), chair.getId());
    }

    private void action(String name, int n, Agency owner, String status, String due, String finishedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO case_action (version, created_at, modified_at, case_id, description, owner_agency_id, due_date,
                        priority, status, created_by_id, finished_at)
                    VALUES (0, NOW(6), NOW(6), ?, 'Visit and review safety', ?, ?, 'MEDIUM', ?, ?, ?)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, caseIds.get(n));
            insert.setLong(2, owner.getId());
            insert.setObject(3, LocalDate.parse(due));
            insert.setString(4, status);
            insert.setLong(5, chair.getId());
            insert.setObject(6, utc(finishedAt));
            return insert;
        }, key);
        actionIds.put(name, key.getKey().longValue());
    }

    private void share(int n, Agency agency, String source, Long sourceId, String endedAt) {
        jdbc.update("""
                INSERT INTO case_share (version, created_at, modified_at, case_id, agency_id, source, source_id, ended_at)
                VALUES (0, NOW(6), NOW(6), ?, ?, ?, ?, ?)""", caseIds.get(n), agency.getId(), source, sourceId, utc(endedAt));
    }

    private static java.time.LocalDateTime utc(String instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(Instant.parse(instant), java.time.ZoneOffset.UTC);
    }

    /** Members to check the SQL form of the sharing policy against, besides the demo members. */
    public List<Member> members() {
        return Arrays.asList(chair, chairAndPractitioner, policeLead, police1, housingLead, housing1, council1);
    }
}
