package org.marac.portal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.RiskLevel;
import org.marac.portal.partner.MaracArea;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.marac.portal.base.erasure.CaseErasure;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agenda and minutes PDFs, read back with PDFBox's text extraction: what they say, that every page is
 * marked OFFICIAL-SENSITIVE, that no victim's name is printed (least of all on the cover), and that each
 * download is logged as a disclosure to the downloader's agency.
 */
@PortalTest
class MeetingDocumentsTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    AgendaService agendas;
    @Autowired
    LiveMeetingService live;
    @Autowired
    MinutesService minutes;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    List<CaseErasure> erasures;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static String text(byte[] pdf, int fromPage, int toPage) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(fromPage);
            stripper.setEndPage(Math.min(toPage, document.getNumberOfPages()));
            return stripper.getText(document);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private long disclosures(String subjectType, Long meetingId, String recipient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM processing_log WHERE operation = 'DISCLOSURE' AND subject_type = ?"
                + " AND subject_id = ? AND recipient_agency_id = ?", Long.class, subjectType, meetingId,
                demo.get(recipient).getAgency().getId());
    }

    @Test
    void theAgendaAndTheApprovedMinutesSayWhatHappenedWithoutAVictimsNameAndEachDownloadIsADisclosure() throws IOException {
        MaracArea area = fixtures.area("Documents");
        MaracCase first = fixtures.acceptedCase(area, "housing", "Ingrid", "Qwertyson");
        MaracCase second = fixtures.acceptedCase(area, "police", "Jules", "Zxcvbnmov");
        Meeting meeting = fixtures.published(fixtures.occurrence(area, 0));

        signIn.as(demo.get("police"));
        meetings.acceptConfidentiality(meeting.getId());
        byte[] agenda = minutes.agendaPdf(meeting.getId());
        String agendaText = text(agenda, 1, Integer.MAX_VALUE);
        assertThat(agendaText).contains("OFFICIAL-SENSITIVE", "MARAC agenda", area.getName(), first.getReference(),
                second.getReference(), "Northshire Homes", "Northshire Police", "Town Hall", "Page 1 of");
        assertThat(agendaText).doesNotContain("Ingrid", "Qwertyson", "Jules", "Zxcvbnmov");
        assertThat(disclosures("MEETING_AGENDA", meeting.getId(), "police")).isEqualTo(1);

        fixtures.started(meeting);
        signIn.as(demo.get("chair"));
        AgendaItem current = live.state(meeting.getId()).current().orElseThrow().item();
        AgendaItem outcome = new AgendaItem();
        outcome.setDiscussion("Repeated damage to the front door; neighbours named as witnesses");
        outcome.setAgreedRisk(RiskLevel.HIGH);
        outcome.setDecisions("Housing to repair the door within a week");
        live.recordOutcome(current.getId(), current.getVersion(), outcome);
        fixtures.policeAction(current.getCaseId(), meeting.getId(), "Patrol the street twice nightly");
        signIn.as(demo.get("police"));
        live.join(meeting.getId());
        signIn.as(demo.get("yos"));
        meetings.sendApologies(meeting.getId(), "Court all day");
        signIn.as(demo.get("chair"));
        live.conclude(meeting.getId(), meetings.find(meeting.getId()).getVersion());

        signIn.as(demo.get("police"));
        assertThatThrownBy(() -> minutes.minutesPdf(meeting.getId())).as("draft minutes are the chair's")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("chair"));
        String draft = text(minutes.minutesPdf(meeting.getId()), 1, Integer.MAX_VALUE);
        assertThat(draft).contains("DRAFT: these minutes have not been approved.");
        minutes.saveNotes(meeting.getId(), meetings.find(meeting.getId()).getVersion(), "Next meeting in six weeks");
        minutes.approve(meeting.getId(), meetings.find(meeting.getId()).getVersion());

        signIn.as(demo.get("police"));
        byte[] approved = minutes.minutesPdf(meeting.getId());
        String cover = text(approved, 1, 1);
        String all = text(approved, 1, Integer.MAX_VALUE);
        assertThat(pages(approved)).isGreaterThanOrEqualTo(2);
        assertThat(cover).contains("OFFICIAL-SENSITIVE", "MARAC minutes", "Approved by Priya Shah", "Dan Okafor",
                "Present", "Apologies: Court all day", "Amira Haddad", "Invited but not represented: Northshire Homes");
        assertThat(cover).doesNotContain(first.getReference(), "Ingrid", "Jules");
        assertThat(all).contains(current.getMaracCase().getReference(), "Agreed risk: High",
                "Repeated damage to the front door", "Housing to repair the door within a week",
                "Patrol the street twice nightly", "Next meeting in six weeks", "Listed but not discussed");
        assertThat(all).doesNotContain("Ingrid", "Qwertyson", "Jules", "Zxcvbnmov", "DRAFT");
        assertThat(disclosures("MEETING_MINUTES", meeting.getId(), "police")).isEqualTo(1);
        assertThat(disclosures("MEETING_MINUTES", meeting.getId(), "chair")).isEqualTo(1);

        // The case's retention ends and it is anonymised, as the retention decision does it: every module's
        // erasure in one transaction. The minutes no longer quote it; the agreed risk stays.
        signIn.as(demo.get("chair"));
        transaction.executeWithoutResult(status -> erasures.forEach(e -> e.erase(current.getCaseId())));
        signIn.as(demo.get("police"));
        String afterErasure = text(minutes.minutesPdf(meeting.getId()), 1, Integer.MAX_VALUE);
        assertThat(afterErasure).contains(current.getMaracCase().getReference(), "Agreed risk: High",
                CaseErasure.ERASED, "Next meeting in six weeks", "Approved by Priya Shah");
        assertThat(afterErasure).doesNotContain("Repeated damage to the front door",
                "Housing to repair the door within a week", "Patrol the street twice nightly");
    }
}
