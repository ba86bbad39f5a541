package org.marac.portal.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.action.ActionService;
import org.marac.portal.action.CaseAction;
import org.marac.portal.nomination.CaseInformation;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.person.Person;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.Nominations;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** One action gives the DPO everything held about a person, and the log of who processed it. */
@PortalTest
class SubjectAccessTest {

    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    NominationService nominations;
    @Autowired
    Nominations builder;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoMembers demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActionService actions;
    @Autowired
    CaseInformationService information;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theExportHoldsTheirDataAcrossCasesAndWhoProcessedItAsPdfAndJson() throws IOException {
        signIn.as(demo.get("housing"));
        MaracCase saved = nominations.submit(builder.completeDraft("Sabine", "Subjectova", LocalDate.of(1977, 7, 7), "NG7 9SA", 1));
        nominations.find(saved.getId());

        signIn.as(demo.get("dpo"));
        Person found = subjectAccess.findPeople("Sabine Subjectova").stream()
                .filter(p -> p.getFamilyName().equals("Subjectova")).findFirst().orElseThrow();
        Map<String, byte[]> files = unzip(subjectAccess.export(found.getId()));

        String json = new String(files.get("subject-access-" + found.getId() + ".json"), StandardCharsets.UTF_8);
        assertThat(json).contains("Sabine Subjectova", saved.getReference(), "\"role\" : \"VICTIM\"", "CONSULTATION",
                "Sam Patel", "1977-07-07");
        try (PDDocument pdf = Loader.loadPDF(files.get("subject-access-" + found.getId() + ".pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("OFFICIAL-SENSITIVE", "Sabine Subjectova", saved.getReference(), "Who processed this data");
        }
        assertThat(jdbc.queryForObject("SELECT operation FROM processing_log WHERE subject_type = 'SUBJECT_ACCESS'"
                + " AND subject_id = ? ORDER BY id DESC LIMIT 1", String.class, found.getId())).isEqualTo("DISCLOSURE");
    }

    @Test
    void theExportIncludesWhatPartnersSharedAndTheActionsOnTheirCasesRestrictedEntriesMarked() throws IOException {
        MaracCase accepted = builder.acceptedCase("housing", "Tegwen", "Subjectshared");
        CaseAction action = CaseAction.blank();
        action.setDescription("Fit a letterbox guard");
        action.setOwnerAgency(demo.get("housing").getAgency());
        action.setDueDate(LocalDate.now().plusDays(9));
        actions.create(accepted.getId(), null, action);
        signIn.as(demo.get("housing"));
        CaseInformation entry = CaseInformation.blank();
        entry.setFacts("Lighter fluid found by the door");
        entry.setRestricted(true);
        information.record(accepted.getId(), null, entry);

        signIn.as(demo.get("dpo"));
        Long victimId = jdbc.queryForObject("SELECT person_id FROM case_party WHERE case_id = ? AND role = 'VICTIM'",
                Long.class, accepted.getId());
        String json = new String(unzip(subjectAccess.export(victimId)).get("subject-access-" + victimId + ".json"),
                StandardCharsets.UTF_8);
        assertThat(json).contains("Fit a letterbox guard", "Lighter fluid found by the door",
                "\"restrictedToAgency\" : true", "Threats are escalating quickly");
    }

    @Test
    void onlyTheDataProtectionOfficerAnswersSubjectAccessRequests() {
        signIn.as(demo.get("chair"));
        assertThatThrownBy(() -> subjectAccess.findPeople("Sabine")).isInstanceOf(AccessDeniedException.class);
        signIn.as(demo.get("admin"));
        assertThatThrownBy(() -> subjectAccess.export(1L)).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
