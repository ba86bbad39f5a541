package org.marac.portal.dataprotection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.marac.portal.action.ActionService;
import org.marac.portal.audit.LogSearch;
import org.marac.portal.audit.ProcessingLog;
import org.marac.portal.audit.ProcessingOperation;
import org.marac.portal.base.pdf.PdfDocument;
import org.marac.portal.nomination.CaseInformationService;
import org.marac.portal.nomination.CaseParty;
import org.marac.portal.nomination.Incident;
import org.marac.portal.nomination.MaracCase;
import org.marac.portal.nomination.NominationService;
import org.marac.portal.nomination.PartyRole;
import org.marac.portal.nomination.RiskAssessment;
import org.marac.portal.nomination.RiskAssessmentService;
import org.marac.portal.partner.PortalUser;
import org.marac.portal.person.Person;
import org.marac.portal.person.PersonDirectory;
import org.marac.portal.scrutiny.CaseReviewService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject access request answered in one action: everything held about a person across all cases
 * (including records confirmed to be the same person), and the log of who processed it, as a PDF to read
 * and JSON to process, in one zip. Producing it is a disclosure, and logged as one.
 */
@Service
public class SubjectAccessService {

    private final PersonDirectory people;
    private final NominationService nominations;
    private final RiskAssessmentService risk;
    private final CaseInformationService information;
    private final ActionService actions;
    private final CaseReviewService scrutiny;
    private final LogSearch logSearch;
    private final ProcessingLog log;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    SubjectAccessService(PersonDirectory people, NominationService nominations, RiskAssessmentService risk,
            CaseInformationService information, ActionService actions, CaseReviewService scrutiny, LogSearch logSearch,
            ProcessingLog log) {
        this.information = information;
        this.actions = actions;
        this.scrutiny = scrutiny;
        this.people = people;
        this.nominations = nominations;
        this.risk = risk;
        this.logSearch = logSearch;
        this.log = log;
    }

    /** People a DPO may be asking about, found by name (spellings and transliterations included). */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Transactional
    public List<Person> findPeople(String name) {
        List<Person> found = people.findByName(name);
        log.recordConsultation(ProcessingLog.Subject.of("SUBJECT_ACCESS_SEARCH", null,
                found.stream().map(Person::getId).toList()), "subject access search");
        return found;
    }

    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Transactional
    public byte[] export(Long personId) {
        // Before the first read: this transaction's snapshot must hold every entry recorded until now.
        log.awaitWritten();
        Set<Long> ids = people.samePersonIds(personId);
        List<MaracCase> cases = nominations.casesInvolving(ids);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("personIds", ids);
        List<Map<String, Object>> records = new ArrayList<>();
        PdfDocument pdf = new PdfDocument("OFFICIAL-SENSITIVE — subject access")
                .title("Subject access: data held about person " + personId);
        for (MaracCase maracCase : cases) {
            for (CaseParty party : maracCase.getParties()) {
                if (ids.contains(party.getPerson().getId())) {
                    Map<String, Object> record = caseRecord(maracCase, party);
                    records.add(record);
                    pdf.heading("Case " + record.get("case") + " — " + party.getRole());
                    record.forEach((key, value) -> pdf.paragraph(key + ": " + value));
                }
            }
        }
        report.put("cases", records);
        List<Map<String, Object>> processing = new ArrayList<>();
        pdf.heading("Who processed this data");
        for (LogSearch.Entry entry : processingOf(ids)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("when", entry.occurredAt().toString());
            line.put("operation", entry.operation().name());
            line.put("member", entry.memberName());
            line.put("agency", entry.agencyName());
            line.put("record", entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId()));
            line.put("recipientAgencyId", entry.recipientAgencyId());
            processing.add(line);
            pdf.paragraph(line.get("when") + "  " + line.get("operation") + "  " + line.get("member") + " ("
                    + line.get("agency") + ")  " + line.get("record"));
        }
        report.put("processing", processing);
        byte[] zip = zip(personId, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report), pdf.toBytes());
        log.record(ProcessingOperation.DISCLOSURE, ProcessingLog.Subject.of("SUBJECT_ACCESS", personId, List.copyOf(ids)),
                PortalUser.require().getAgencyId(), "subject access export");
        return zip;
    }

    /** The log entries about any of these records of the person, each once, oldest first. */
    private List<LogSearch.Entry> processingOf(Set<Long> personIds) {
        Map<Long, LogSearch.Entry> byId = new java.util.TreeMap<>();
        for (Long personId : personIds) {
            logSearch.page(new LogSearch.Filter(personId, null, null, null, null, null, null), 0, Integer.MAX_VALUE)
                    .forEach(entry -> byId.put(entry.id(), entry));
        }
        return List.copyOf(byId.values());
    }

    private Map<String, Object> caseRecord(MaracCase maracCase, CaseParty party) {
        Person person = party.getPerson();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("case", maracCase.getReference() != null ? maracCase.getReference() : "draft " + maracCase.getId());
        record.put("role", party.getRole().name());
        record.put("status", maracCase.getStatus().name());
        record.put("nominatingAgency", maracCase.getNominatingAgency().getName());
        record.put("name", person.displayName());
        record.put("aliases", person.getAliases());
        record.put("dateOfBirth", person.getDateOfBirth() == null ? null : person.getDateOfBirth().toString());
        record.put("ageBand", person.getAgeBand() == null ? null : person.getAgeBand().name());
        record.put("address", person.getAddress());
        record.put("postcode", person.getPostcode());
        record.put("phone", person.getPhone());
        record.put("email", person.getEmail());
        record.put("pronouns", person.getPronouns());
        record.put("firstLanguage", person.getFirstLanguage());
        record.put("interpreterNeeded", person.isInterpreterNeeded());
        record.put("accessibleFormats", person.getAccessibleFormats().stream().map(Enum::name).toList());
        record.put("letterSafe", person.getLetterSafe().name());
        record.put("phoneSafe", person.getPhoneSafe().name());
        record.put("safeContactHours", person.getSafeContactHours());
        record.put("safeContactVia", person.getSafeContactVia());
        record.put("vulnerabilityNotes", person.getVulnerabilityNotes());
        record.put("genderIdentity", equality(person.getGenderIdentity()));
        record.put("ethnicity", equality(person.getEthnicity()));
        record.put("religion", equality(person.getReligion()));
        record.put("sexualOrientation", equality(person.getSexualOrientation()));
        record.put("disability", equality(person.getDisability()));
        record.put("caseReason", maracCase.getReason());
        record.put("actionsSoFar", maracCase.getActionsSoFar());
        record.put("professionalJudgementReason", maracCase.getProfessionalJudgementReason());
        record.put("sharingWithoutConsentReason", maracCase.getSharingWithoutConsentReason());
        record.put("declineReason", maracCase.getDeclineReason());
        record.put("closureNote", maracCase.getClosureNote());
        record.put("incidents", maracCase.getIncidents().stream().map(this::incident).toList());
        if (party.getRole() == PartyRole.VICTIM) {
            record.put("riskAssessments", riskOf(maracCase));
        }
        record.put("sharedInformation", information.forSubjectAccess(maracCase.getId()).stream().map(entry -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("agency", entry.getAgency().getName());
            values.put("recordedAt", String.valueOf(entry.getCreatedAt()));
            values.put("restrictedToAgency", entry.isRestricted());
            values.put("facts", entry.getFacts());
            values.put("opinion", entry.getOpinion());
            return values;
        }).toList());
        record.put("actions", actions.forSubjectAccess(maracCase.getId()).stream().map(action -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("action", action.getDescription());
            values.put("ownerAgency", action.getOwnerAgency().getName());
            values.put("due", String.valueOf(action.getDueDate()));
            values.put("status", action.getStatus().name());
            values.put("statusReason", action.getStatusReason());
            return values;
        }).toList());
        record.put("scrutiny", scrutiny.forSubjectAccess(maracCase.getId()).stream().map(selection -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("panel", selection.panel());
            values.put("meetingDate", String.valueOf(selection.meetingDate()));
            values.put("theme", selection.theme());
            values.put("knownToThePanelAs", "Case " + selection.label());
            values.put("status", selection.status().name());
            values.put("summary", selection.summary());
            values.put("swapReason", selection.swapReason() == null ? null : selection.swapReason().name());
            values.put("swapNote", selection.swapNote());
            values.put("agreedFinding", selection.agreedFinding());
            values.put("finding", selection.finding());
            values.put("memberComments", selection.memberComments());
            return values;
        }).toList());
        return record;
    }

    private static String equality(org.marac.portal.person.EqualityAnswer answer) {
        return answer.getDisclosure().name() + (answer.getValue() == null ? "" : ": " + answer.getValue());
    }

    private Map<String, Object> incident(Incident incident) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("occurredAt", String.valueOf(incident.getOccurredAt()));
        values.put("place", incident.getPlace());
        values.put("description", incident.getDescription());
        values.put("strands", incident.getStrands().stream().map(Enum::name).toList());
        values.put("victimWords", incident.getVictimWords());
        return values;
    }

    private List<Map<String, Object>> riskOf(MaracCase maracCase) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (RiskAssessment assessment : risk.historyForSubjectAccess(maracCase.getId())) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("version", assessment.getAssessmentNumber());
            values.put("status", assessment.getStatus().name());
            values.put("assessorLevel", assessment.getAssessorLevel() == null ? null : assessment.getAssessorLevel().name());
            values.put("endorsedLevel", assessment.getEndorsedLevel() == null ? null : assessment.getEndorsedLevel().name());
            values.put("rationale", assessment.getRationale());
            versions.add(values);
        }
        return versions;
    }

    private static byte[] zip(Long personId, byte[] jsonReport, byte[] pdfReport) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("subject-access-" + personId + ".json"));
            zip.write(jsonReport);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("subject-access-" + personId + ".pdf"));
            zip.write(pdfReport);
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
