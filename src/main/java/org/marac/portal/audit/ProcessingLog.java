package org.marac.portal.audit;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.marac.portal.partner.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the processing log. An entry of a change joins the transaction of the change it records, so either
 * both happen or neither does; an entry of a consultation or refusal, which changes nothing, is queued for the
 * log's writer ({@link GroupedAppends}), which commits it moments later with the others of the moment, and the
 * portal stops showing data if the writer falls behind. Each entry's hash covers its content and the previous
 * entry's hash; the chain's head row is locked while appending, so concurrent writers queue and the chain never
 * forks.
 */
@Service
public class ProcessingLog {

    static final String GENESIS = "0".repeat(64);

    /** Bound to a transaction that has appended to the chain itself, and so holds its head until it ends. */
    private static final Object HOLDS_HEAD = new Object();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** How far the log's writer may fall behind before the portal stops showing data. */
    static final Duration MAX_BEHIND = Duration.ofSeconds(10);
    private static final Duration AWAIT_WRITTEN = Duration.ofSeconds(30);

    private final GroupedAppends grouped;

    ProcessingLog(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.grouped = new GroupedAppends(dataSource, ProcessingLog::append, MAX_BEHIND);
    }

    @PreDestroy
    void closeWriter() {
        grouped.close();
    }

    /** What was processed: a record type and id, and the people whose data it holds. */
    public record Subject(String type, Long id, Collection<Long> personIds) {
        public static Subject of(String type, Long id, Collection<Long> personIds) {
            return new Subject(type, id, personIds == null ? List.of() : personIds);
        }
    }

    /** Records processing by the signed-in member, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ProcessingOperation operation, Subject subject, Long recipientAgencyId, String detail) {
        holdHead();
        append(jdbc, partsFor(operation, subject, recipientAgencyId, detail));
    }

    /**
     * Records a consultation by the signed-in member that changes nothing (opening a case, a list page, a live
     * meeting's screen): queued for the log's writer, which commits it with the other consultations of the moment,
     * rather than in the caller's transaction. Refused, so the read fails, while the writer is more than
     * {@link #MAX_BEHIND} behind.
     */
    public void recordConsultation(Subject subject, String detail) {
        writeApart(partsFor(ProcessingOperation.CONSULTATION, subject, null, detail));
    }

    /**
     * Queues entries for the log's writer or, when the caller's transaction holds the chain's head (the writer
     * would wait for it), writes them in that transaction.
     */
    private void writeApart(List<Part> parts) {
        if (holdsHead()) {
            append(jdbc, parts);
        } else {
            grouped.appendLater(parts);
        }
    }

    /**
     * Returns once every entry recorded before the call is committed: the data protection officer's search,
     * export and verification then see all processing up to the moment they were asked for.
     */
    public void awaitWritten() {
        if (holdsHead()) {
            // The writer would wait for this transaction's lock on the head, and this for the writer.
            throw new IllegalStateException("Wait for the log before recording a change in the same transaction");
        }
        grouped.awaitWritten(AWAIT_WRITTEN);
    }

    /**
     * Records a refused access apart from the caller's transaction: the refusal rolls the caller back, the
     * record of it must stay.
     */
    public void recordDenial(Subject subject, String detail) {
        List<Part> parts = partsFor(ProcessingOperation.ACCESS_DENIED, subject, null, detail);
        if (holdsHead()) {
            // Its place in the chain comes after this transaction's entries, whether they are kept or rolled back.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    grouped.appendLater(parts);
                }
            });
        } else {
            grouped.appendLater(parts);
        }
    }

    private List<Part> partsFor(ProcessingOperation operation, Subject subject, Long recipientAgencyId, String detail) {
        PortalUser user = PortalUser.current().orElse(null);
        return parts(clock.instant(), user == null ? null : user.getMemberId(),
                user == null ? null : user.getAgencyId(), operation, subject, recipientAgencyId, detail);
    }

    private static boolean holdsHead() {
        return TransactionSynchronizationManager.hasResource(HOLDS_HEAD);
    }

    /** Marks the caller's transaction as holding the chain's head until it ends. */
    private static void holdHead() {
        if (!holdsHead() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(HOLDS_HEAD, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // A transaction begun inside this one (REQUIRES_NEW) does not hold the head.
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HOLDS_HEAD);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(HOLDS_HEAD, Boolean.TRUE);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HOLDS_HEAD);
                }
            });
        }
    }

    /** Appends the entries on the given connection's transaction. */
    static void append(JdbcTemplate jdbc, List<Part> parts) {
        // One locked head row rather than "the last entry": no gap locks, so writers queue without deadlocks.
        String previous = jdbc.queryForObject("SELECT last_hash FROM processing_log_head WHERE id = 1 FOR UPDATE",
                String.class);
        List<Object> people = new ArrayList<>();
        for (Part part : parts) {
            Entry entry = part.entry();
            String hash = hash(previous, entry);
            long entryId = insert(jdbc, previous, hash, entry);
            part.people().forEach(person -> {
                people.add(entryId);
                people.add(person);
            });
            previous = hash;
        }
        // The people of every part in few statements (a list page names thousands), within the driver's limits.
        for (int from = 0; from < people.size(); from += 2 * PEOPLE_PER_STATEMENT) {
            List<Object> pairs = people.subList(from, Math.min(people.size(), from + 2 * PEOPLE_PER_STATEMENT));
            jdbc.update("INSERT INTO processing_log_person (entry_id, person_id) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(pairs.size() / 2, "(?, ?)")), pairs.toArray());
        }
        jdbc.update("UPDATE processing_log_head SET last_hash = ? WHERE id = 1", previous);
    }

    private static final int PEOPLE_PER_STATEMENT = 5_000;

    private static long insert(JdbcTemplate jdbc, String previous, String hash, Entry entry) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                INSERT INTO processing_log (occurred_at, member_id, agency_id, operation, subject_type, subject_id,
                    person_ids, recipient_agency_id, detail, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, java.sql.Statement.RETURN_GENERATED_KEYS);
            insert.setObject(1, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
            insert.setObject(2, entry.memberId());
            insert.setObject(3, entry.agencyId());
            insert.setString(4, entry.operation().name());
            insert.setString(5, entry.subjectType());
            insert.setObject(6, entry.subjectId());
            insert.setString(7, entry.personIds());
            insert.setObject(8, entry.recipientAgencyId());
            insert.setString(9, entry.detail());
            insert.setString(10, previous);
            insert.setString(11, hash);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** One entry's content, as hashed. */
    record Entry(Instant occurredAt, Long memberId, Long agencyId, ProcessingOperation operation, String subjectType,
            Long subjectId, String personIds, Long recipientAgencyId, String detail) {
    }

    /** An entry and the people it names, for the people index. */
    record Part(Entry entry, List<Long> people) {
    }

    /** The widths of the log's text columns. */
    static final int PERSON_IDS_WIDTH = 1000;
    static final int DETAIL_WIDTH = 4000;

    /**
     * The entries one act of processing is logged as: normally one. A list of people longer than the
     * {@code person_ids} column (a list page of hundreds of cases) is spread over consecutive entries with
     * the same content, each naming its share, so every person stays named in the chain and in the index
     * instead of the insert failing. Time is kept to the microsecond, as the column stores it.
     */
    static List<Part> parts(Instant at, Long memberId, Long agencyId, ProcessingOperation operation, Subject subject,
            Long recipientAgencyId, String detail) {
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        List<Long> people = subject.personIds().stream().filter(Objects::nonNull).distinct().sorted().toList();
        List<List<Long>> shares = new ArrayList<>();
        List<Long> share = new ArrayList<>();
        int width = 0;
        for (Long person : people) {
            int needed = String.valueOf(person).length() + (share.isEmpty() ? 0 : 1);
            if (width + needed > PERSON_IDS_WIDTH) {
                shares.add(share);
                share = new ArrayList<>();
                needed = String.valueOf(person).length();
                width = 0;
            }
            share.add(person);
            width += needed;
        }
        shares.add(share);
        List<Part> parts = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            List<Long> named = shares.get(i);
            String suffix = shares.size() == 1 ? "" : " [people, part " + (i + 1) + " of " + shares.size() + "]";
            String text = detail == null ? (suffix.isEmpty() ? null : suffix.strip())
                    : clip(detail, DETAIL_WIDTH - suffix.length()) + suffix;
            parts.add(new Part(new Entry(occurredAt, memberId, agencyId, operation, subject.type(), subject.id(),
                    named.isEmpty() ? null : named.stream().map(String::valueOf).collect(Collectors.joining(",")),
                    recipientAgencyId, text), named));
        }
        return parts;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }

    static String hash(String previous, Entry entry) {
        String canonical = String.join("|", previous, entry.occurredAt().toString(), String.valueOf(entry.memberId()),
                String.valueOf(entry.agencyId()), entry.operation().name(), entry.subjectType(),
                String.valueOf(entry.subjectId()), String.valueOf(entry.personIds()),
                String.valueOf(entry.recipientAgencyId()), String.valueOf(entry.detail()));
        return HexFormat.of().formatHex(SHA_256.get().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** A digest per thread: looking one up for every entry costs more than hashing it (verification, bulk loads). */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
