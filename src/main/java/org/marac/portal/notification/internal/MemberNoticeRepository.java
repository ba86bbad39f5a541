package org.marac.portal.notification.internal;

import java.time.Instant;
import java.util.List;
import org.marac.portal.notification.MemberNotice;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MemberNoticeRepository extends JpaRepository<MemberNotice, Long> {

    List<MemberNotice> findByMemberIdOrderByCreatedAtDescIdDesc(Long memberId, Limit limit);

    long countByMemberIdAndReadAtIsNull(Long memberId);

    /** Marks one of the member's own notices read; a notice of anyone else is left alone. */
    @Modifying
    @Query("""
            update MemberNotice n set n.readAt = :now, n.modifiedAt = :now, n.version = n.version + 1
            where n.id = :noticeId and n.memberId = :memberId and n.readAt is null""")
    int markRead(Long memberId, Long noticeId, Instant now);

    @Modifying
    @Query("""
            update MemberNotice n set n.readAt = :now, n.modifiedAt = :now, n.version = n.version + 1
            where n.memberId = :memberId and n.readAt is null""")
    int markAllRead(Long memberId, Instant now);

    @Query("select distinct n.memberId from MemberNotice n where n.digestPending = true and n.createdAt <= :until")
    List<Long> membersAwaitingDigest(Instant until);

    /**
     * The member's notices still to go into a digest, locked; rows another instance holds are skipped, so
     * two digest runs never list the same notice twice.
     */
    @Query(nativeQuery = true, value = """
            SELECT * FROM member_notice
            WHERE member_id = :memberId AND digest_pending = TRUE AND created_at <= :until
            ORDER BY created_at, id
            FOR UPDATE SKIP LOCKED""")
    List<MemberNotice> claimAwaitingDigest(Long memberId, Instant until);
}
