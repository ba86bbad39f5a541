package org.marac.portal.meeting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.marac.portal.meeting.internal.MeetingSeriesRepository;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.partner.DemoIdentity;
import org.marac.portal.partner.DemoSignIn;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.MemberService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A demo meeting for Northshire North, made through the services as the chair would make it: the series
 * (every six weeks from next Thursday), the next occurrences, the endorsed-high demo case accepted, the first
 * meeting's agenda built from the accepted cases, the demo practitioners named, and the agenda published.
 * Runs once, when the area has no series yet.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class MeetingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);
    private static final List<String> ATTENDEES = List.of("police", "housing", "asb", "yos", "victim-support");

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final NominationService nominations;
    private final MemberService members;
    private final MeetingSeriesRepository series;
    private final Clock clock;
    private final String issuer;
    private final Map<String, Member> byUsername = new HashMap<>();

    MeetingDemoData(MeetingService meetings, AgendaService agendas, NominationService nominations, MemberService members,
            MeetingSeriesRepository series, Clock clock,
            @Value("${portal.demo-data.issuer:${portal.dev-idp.issuer}}") String issuer) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.nominations = nominations;
        this.members = members;
        this.series = series;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoIdentity identity : DemoIdentity.all()) {
            members.findByIdentity(issuer, identity.username()).ifPresent(m -> byUsername.put(identity.username(), m));
        }
        if (!byUsername.containsKey("chair")) {
            return;
        }
        try {
            as("chair", () -> {
                MaracArea area = meetings.chairedAreas().stream().filter(a -> a.getName().equals("Northshire North"))
                        .findFirst().orElse(null);
                if (area == null || series.findByAreaId(area.getId()).isPresent()) {
                    return null;
                }
                acceptEndorsedHighCase();
                MeetingSeries created = meetings.seriesOf(area.getId());
                created.setFirstMeetingOn(LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).plusDays(2)
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)));
                created.setStartTime(LocalTime.of(10, 0));
                created.setVenue("Council House, Committee Room 2");
                created.setOnlineLink("https://meet.example.org/northshire-north-marac");
                meetings.saveSeries(created);
                Meeting first = meetings.planAhead(area.getId(), 4).stream()
                        .filter(m -> m.getStatus() == MeetingStatus.SCHEDULED).findFirst().orElseThrow();
                for (String username : ATTENDEES) {
                    if (byUsername.containsKey(username)) {
                        meetings.inviteMember(first.getId(), byUsername.get(username).getId());
                    }
                }
                if (agendas.build(first.getId(), meetings.find(first.getId()).getVersion()) > 0) {
                    agendas.publish(first.getId(), meetings.find(first.getId()).getVersion());
                }
                log.info("Demo data: MARAC meeting series for {} with a published agenda", area.getName());
                return null;
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The endorsed-high demo nomination (housing's) is accepted, so that the demo agenda has two new cases. */
    private void acceptEndorsedHighCase() {
        List<MaracCase> waiting = new ArrayList<>(nominations.chairQueue());
        waiting.stream()
                .filter(c -> c.partiesIn(PartyRole.VICTIM).stream().anyMatch(p -> "Aisha".equals(p.getPerson().getGivenName())))
                .findFirst()
                .ifPresent(c -> nominations.accept(c.getId(), c.getVersion()));
    }

    private <T> T as(String username, Supplier<T> work) {
        return DemoSignIn.as(byUsername.get(username), work);
    }
}
