package org.marac.portal.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.marac.portal.partner.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data protection officer's view of the processing log: search by person, member, agency, case,
 * operation and dates, a page at a time (indexed, so it stays fast on millions of entries), and export.
 */
@Service
public class LogSearch {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** Search criteria; any may be null. Dates are UK calendar days, inclusive. */
    public record Filter(Long personId, Long memberId, Long agencyId, Long caseId, ProcessingOperation operation,
            LocalDate from, LocalDate to) {
    }

    /** One entry as the DPO sees it. */
    public record Entry(long id, Instant occurredAt, Long memberId, String memberName, Long agencyId, String agencyName,
            ProcessingOperation operation, String subjectType, Long subjectId, String personIds, Long recipientAgencyId,
            String detail) {
    }

    private static final RowMapper<Entry> ENTRY = (row, number) -> new Entry(row.getLong("id"),
            row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
            (Long) row.getObject("member_id"), row.getString("member_name"),
            (Long) row.getObject("agency_id"), row.getString("agency_name"),
            ProcessingOperation.valueOf(row.getString("operation")), row.getString("subject_type"),
            (Long) row.getObject("subject_id"), row.getString("person_ids"),
            (Long) row.getObject("recipient_agency_id"), row.getString("detail"));

    private final JdbcTemplate jdbc;
    private final ProcessingLog log;

    LogSearch(JdbcTemplate jdbc, ProcessingLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Transactional(readOnly = true)
    public List<Entry> page(Filter filter, int offset, int limit) {
        log.awaitWritten();
        Query query = query(filter);
        query.arguments.add(limit);
        query.arguments.add(offset);
        return jdbc.query("""
                SELECT l.*, m.display_name AS member_name, a.name AS agency_name
                FROM processing_log l
                LEFT JOIN member m ON m.id = l.member_id
                LEFT JOIN agency a ON a.id = l.agency_id
                """ + query.where + " ORDER BY l.id DESC LIMIT ? OFFSET ?", ENTRY, query.arguments.toArray());
    }

    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Transactional(readOnly = true)
    public int count(Filter filter) {
        log.awaitWritten();
        Query query = query(filter);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM processing_log l" + query.where, Integer.class,
                query.arguments.toArray());
        return count == null ? 0 : count;
    }

    /** The matching entries as CSV. Exporting is itself a disclosure, logged with the DPO's agency as recipient. */
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Transactional
    public byte[] exportCsv(Filter filter) {
        StringBuilder csv = new StringBuilder(
                "id,occurred_at_utc,member_id,member,agency_id,agency,operation,subject_type,subject_id,person_ids,recipient_agency_id,detail\n");
        List<Long> personIds = new ArrayList<>();
        for (Entry entry : page(filter, 0, Integer.MAX_VALUE)) {
            csv.append(entry.id()).append(',').append(entry.occurredAt()).append(',')
                    .append(cell(entry.memberId())).append(',').append(cell(entry.memberName())).append(',')
                    .append(cell(entry.agencyId())).append(',').append(cell(entry.agencyName())).append(',')
                    .append(entry.operation()).append(',').append(cell(entry.subjectType())).append(',')
                    .append(cell(entry.subjectId())).append(',').append(cell(entry.personIds())).append(',')
                    .append(cell(entry.recipientAgencyId())).append(',').append(cell(entry.detail())).append('\n');
            if (entry.personIds() != null) {
                for (String id : entry.personIds().split(",")) {
                    personIds.add(Long.valueOf(id));
                }
            }
        }
        log.record(ProcessingOperation.DISCLOSURE, ProcessingLog.Subject.of("LOG_EXPORT", null, personIds),
                PortalUser.require().getAgencyId(), "processing log export: " + filter);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        return org.marac.portal.base.Csv.cell(value);
    }

    private record Query(String where, List<Object> arguments) {
    }

    private static Query query(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (filter.personId() != null) {
            conditions.add("l.id IN (SELECT entry_id FROM processing_log_person WHERE person_id = ?)");
            arguments.add(filter.personId());
        }
        if (filter.memberId() != null) {
            conditions.add("l.member_id = ?");
            arguments.add(filter.memberId());
        }
        if (filter.agencyId() != null) {
            conditions.add("l.agency_id = ?");
            arguments.add(filter.agencyId());
        }
        if (filter.caseId() != null) {
            conditions.add("l.subject_type = 'CASE' AND l.subject_id = ?");
            arguments.add(filter.caseId());
        }
        if (filter.operation() != null) {
            conditions.add("l.operation = ?");
            arguments.add(filter.operation().name());
        }
        if (filter.from() != null) {
            conditions.add("l.occurred_at >= ?");
            arguments.add(LocalDateTime.ofInstant(filter.from().atStartOfDay(UK).toInstant(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("l.occurred_at < ?");
            arguments.add(LocalDateTime.ofInstant(filter.to().plusDays(1).atStartOfDay(UK).toInstant(), ZoneOffset.UTC));
        }
        return new Query(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments);
    }
}
