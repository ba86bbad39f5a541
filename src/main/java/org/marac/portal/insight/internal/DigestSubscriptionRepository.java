package org.marac.portal.insight.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DigestSubscriptionRepository extends JpaRepository<DigestSubscription, Long> {

    Optional<DigestSubscription> findByMemberId(Long memberId);

    /**
     * The member's subscription if a summary is due (none written since {@code dueBefore}), locked; a row another
     * instance holds is skipped, so no summary is written twice.
     */
    @Query(nativeQuery = true, value = """
            SELECT * FROM insight_digest_subscription
            WHERE member_id = :memberId AND subscribed = TRUE AND (last_sent_at IS NULL OR last_sent_at < :dueBefore)
            FOR UPDATE SKIP LOCKED""")
    Optional<DigestSubscription> claimDue(Long memberId, java.time.Instant dueBefore);

    @Query("select s.memberId from DigestSubscription s where s.subscribed = true order by s.memberId")
    List<Long> subscribedMembers();
}
