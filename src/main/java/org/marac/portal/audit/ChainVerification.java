package org.marac.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Walks the processing log in order and reports the first entry whose hash does not hold. */
@Service
public class ChainVerification {

    /** The outcome: how many entries were checked, and the first broken one (null when the chain holds). */
    public record Result(long checked, Long firstBrokenId) {
        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    private final DataSource dataSource;

    ChainVerification(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    public Result verify() {
        return verifyIn(dataSource);
    }

    /**
     * Walks the chain of the log in the given database. For tools that hold a database of their own (the
     * data generator and its tests); the portal's data protection officer uses {@link #verify()}.
     */
    public static Result verifyIn(DataSource dataSource) {
        // Rows are streamed in batches: the log holds millions of entries.
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        Walker walker = new Walker();
        streaming.query("""
                SELECT id, occurred_at, member_id, agency_id, operation, subject_type, subject_id, person_ids,
                    recipient_agency_id, detail, previous_hash, hash
                FROM processing_log ORDER BY id
                """, walker::accept);
        return new Result(walker.checked, walker.firstBroken);
    }

    private static final class Walker {
        private String expectedPrevious = ProcessingLog.GENESIS;
        private long checked;
        private Long firstBroken;

        void accept(ResultSet row) throws SQLException {
            if (firstBroken != null) {
                return;
            }
            checked++;
            ProcessingLog.Entry entry = new ProcessingLog.Entry(
                    row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    nullableLong(row, "member_id"), nullableLong(row, "agency_id"),
                    ProcessingOperation.valueOf(row.getString("operation")), row.getString("subject_type"),
                    nullableLong(row, "subject_id"), row.getString("person_ids"),
                    nullableLong(row, "recipient_agency_id"), row.getString("detail"));
            String previous = row.getString("previous_hash");
            String hash = row.getString("hash");
            if (!previous.equals(expectedPrevious) || !hash.equals(ProcessingLog.hash(previous, entry))) {
                firstBroken = row.getLong("id");
            }
            expectedPrevious = hash;
        }

        private static Long nullableLong(ResultSet row, String column) throws SQLException {
            long value = row.getLong(column);
            return row.wasNull() ? null : value;
        }
    }

}
