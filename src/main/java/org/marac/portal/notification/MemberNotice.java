package org.marac.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.marac.portal.base.AbstractEntity;
import org.marac.portal.notification.internal.NoticeArgumentsConverter;

/** A notice as one member receives it in the portal: read or not, and whether it still awaits their digest. */
@Entity
@Table(name = "member_notice")
public class MemberNotice extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 60, updatable = false)
    private NotificationKind kind;

    @Column(name = "case_reference", length = 20, updatable = false)
    private String caseReference;

    @Column(nullable = false, length = 255, updatable = false)
    private String link;

    @Convert(converter = NoticeArgumentsConverter.class)
    @Column(length = 500, updatable = false)
    private List<Object> arguments = List.of();

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "digest_pending", nullable = false)
    private boolean digestPending;

    protected MemberNotice() {
    }

    MemberNotice(Long memberId, Notice notice, boolean digestPending) {
        this.memberId = memberId;
        this.kind = notice.kind();
        this.caseReference = notice.caseReference();
        this.link = notice.link();
        this.arguments = notice.arguments();
        this.digestPending = digestPending;
    }

    public Long getMemberId() {
        return memberId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** The case's reference, or null for a notice about no single case (a meeting, say). */
    public String getCaseReference() {
        return caseReference;
    }

    /** The route to open, relative to the portal. */
    public String getLink() {
        return link;
    }

    public List<Object> getArguments() {
        return arguments;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isDigestPending() {
        return digestPending;
    }

    /** Taken into a digest email. */
    public void digested() {
        this.digestPending = false;
    }
}
