package org.marac.portal.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxEmail, Long> {

    /**
     * Claims the oldest emails due to be sent: the rows stay locked until the claiming transaction ends, and
     * rows another instance has claimed are skipped rather than waited for. Run at READ COMMITTED so the
     * claim locks only the rows it returns and never blocks new emails being written.
     */
    @Query(nativeQuery = true, value = """
            SELECT * FROM email_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<OutboxEmail> claimDue(Instant now, int limit);
}
