package org.marac.portal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.marac.portal.base.database.BulkLoad;

/**
 * Appends many processing log entries at once, continuing the hash chain from its head exactly as
 * {@link ProcessingLog} does: the same entries (long people lists spread the same way), the same canonical
 * form and hash, the people index, and the head row moved on. For loading processing that is not happening
 * in the portal now: the force-scale data generator, a migration from another system. The portal's own
 * processing is always logged through {@link ProcessingLog#record}, which takes the member from the login.
 *
 * <p>Each call works in the caller's transaction on the given connection (auto-commit off): it locks the
 * head row first, so portal writers queue behind it and the chain never forks, and the lock is held until
 * the caller commits. Entry ids are given explicitly from the current maximum (read as a locking read, so an
 * older snapshot of the caller's transaction cannot hide entries), which is stable while the head is locked
 * because every writer locks it before inserting.
 */
public final class BulkChainWriter {

    /** What was processed, by whom and when: an entry as {@link ProcessingLog#record} would write it. */
    public record Item(Instant occurredAt, Long memberId, Long agencyId, ProcessingOperation operation,
            String subjectType, Long subjectId, Collection<Long> personIds, Long recipientAgencyId, String detail) {
    }

    /** The ids given to the appended entries and the chain's new head. */
    public record Appended(long firstId, long lastId, String head) {
        public long entries() {
            return lastId - firstId + 1;
        }
    }

    private static final String[] LOG_COLUMNS = {"id", "occurred_at", "member_id", "agency_id", "operation",
            "subject_type", "subject_id", "person_ids", "recipient_agency_id", "detail", "previous_hash", "hash"};

    private BulkChainWriter() {
    }

    /** Appends the items in order, in the connection's current transaction. */
    public static Appended append(Connection connection, List<Item> items) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("The head row must stay locked until the caller commits: turn auto-commit off");
        }
        String previous;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_hash FROM processing_log_head WHERE id = 1 FOR UPDATE");
                ResultSet row = head.executeQuery()) {
            row.next();
            previous = row.getString(1);
        }
        long nextId;
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM processing_log FOR UPDATE");
                ResultSet row = max.executeQuery()) {
            row.next();
            nextId = row.getLong(1) + 1;
        }
        long firstId = nextId;
        BulkLoad entries = BulkLoad.into("processing_log", LOG_COLUMNS);
        List<long[]> named = new ArrayList<>();
        List<ProcessingLog.Part> parts = new ArrayList<>(1);
        for (Item item : items) {
            parts.clear();
            parts.addAll(ProcessingLog.parts(item.occurredAt(), item.memberId(), item.agencyId(), item.operation(),
                    ProcessingLog.Subject.of(item.subjectType(), item.subjectId(), item.personIds()),
                    item.recipientAgencyId(), item.detail()));
            for (ProcessingLog.Part part : parts) {
                ProcessingLog.Entry entry = part.entry();
                String hash = ProcessingLog.hash(previous, entry);
                long id = nextId++;
                entries.add(id).add(entry.occurredAt()).add(entry.memberId()).add(entry.agencyId())
                        .add(entry.operation()).add(entry.subjectType()).add(entry.subjectId()).add(entry.personIds())
                        .add(entry.recipientAgencyId()).add(entry.detail()).add(previous).add(hash).endRow();
                for (Long person : part.people()) {
                    named.add(new long[] {person, id});
                }
                previous = hash;
            }
        }
        entries.load(connection);
        // In the index's key order (person, then entry), so InnoDB fills pages in turn instead of splitting them.
        named.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        BulkLoad people = BulkLoad.into("processing_log_person", "entry_id", "person_id");
        for (long[] row : named) {
            people.add(row[1]).add(row[0]).endRow();
        }
        people.load(connection);
        try (PreparedStatement head = connection.prepareStatement(
                "UPDATE processing_log_head SET last_hash = ? WHERE id = 1")) {
            head.setString(1, previous);
            head.executeUpdate();
        }
        return new Appended(firstId, nextId - 1, previous);
    }
}
