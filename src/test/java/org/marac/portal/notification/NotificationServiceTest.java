package org.marac.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marac.portal.partner.Member;
import org.marac.portal.partner.Role;
import org.marac.portal.support.DemoMembers;
import org.marac.portal.support.NewMembers;
import org.marac.portal.support.PortalTest;
import org.marac.portal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Who receives a notice, and each member's own inbox: only their notices, the unread count, marking read. */
@PortalTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    NewMembers newMembers;
    @Autowired
    DemoMembers demo;
    @Autowired
    SignIn signIn;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private int send(Notice notice) {
        return transaction.execute(status -> notifications.send(notice));
    }

    private static Notice submitted(String reference, Recipient... to) {
        return Notice.of(NotificationKind.NOMINATION_SUBMITTED).caseReference(reference).link("cases/1").to(to).build();
    }

    private List<MemberNotice> noticesOf(Member member) {
        signIn.as(member);
        try {
            return notifications.myNotices();
        } finally {
            signIn.out();
        }
    }

    @Test
    void recipientsResolveToActiveMembersByIdAgencyRoleAndAreaChair() {
        Member housing = demo.get("housing");
        Member supervisor = newMembers.create("Supervisor One", housing.getAgency(), Role.SUPERVISOR);
        Member practitioner = newMembers.create("Practitioner One", housing.getAgency(), Role.PRACTITIONER);

        send(submitted("HC-2090-0001", Recipient.agency(housing.getAgency().getId(), Role.SUPERVISOR)));
        assertThat(noticesOf(supervisor)).extracting(MemberNotice::getCaseReference).contains("HC-2090-0001");
        assertThat(noticesOf(demo.get("housing-sup"))).extracting(MemberNotice::getCaseReference).contains("HC-2090-0001");
        assertThat(noticesOf(practitioner)).extracting(MemberNotice::getCaseReference).doesNotContain("HC-2090-0001");
        assertThat(noticesOf(demo.get("police-lead"))).extracting(MemberNotice::getCaseReference)
                .doesNotContain("HC-2090-0001");

        send(submitted("HC-2090-0002", Recipient.agency(housing.getAgency().getId())));
        assertThat(noticesOf(practitioner)).extracting(MemberNotice::getCaseReference).contains("HC-2090-0002");
        assertThat(noticesOf(supervisor)).extracting(MemberNotice::getCaseReference).contains("HC-2090-0002");

        Long northId = jdbc.queryForObject("SELECT id FROM marac_area WHERE name = 'Northshire North'", Long.class);
        send(submitted("HC-2090-0003", Recipient.areaChair(northId)));
        assertThat(noticesOf(demo.get("chair"))).extracting(MemberNotice::getCaseReference).contains("HC-2090-0003");
        assertThat(noticesOf(demo.get("chair2"))).extracting(MemberNotice::getCaseReference).doesNotContain("HC-2090-0003");
    }

    @Test
    void aMemberReachedSeveralWaysGetsOneNoticeAndTheActorAndInactiveMembersNone() {
        Member housing = demo.get("housing");
        Member supervisor = newMembers.create("Supervisor Two", housing.getAgency(), Role.SUPERVISOR);
        Member leaver = newMembers.create("Leaver", housing.getAgency(), Role.SUPERVISOR);
        deactivate(leaver);

        int told = send(submitted("HC-2090-0004", Recipient.member(supervisor.getId()), Recipient.member(leaver.getId()),
                Recipient.agency(housing.getAgency().getId(), Role.SUPERVISOR)));

        assertThat(noticesOf(supervisor)).filteredOn(n -> "HC-2090-0004".equals(n.getCaseReference())).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_notice WHERE member_id = ?", Long.class,
                leaver.getId())).isZero();
        assertThat(told).isEqualTo(noticeCount("HC-2090-0004"));

        signIn.as(supervisor);
        send(submitted("HC-2090-0005", Recipient.member(supervisor.getId())));
        assertThat(noticeCount("HC-2090-0005")).isZero();
    }

    @Test
    void sendJoinsTheCallersTransactionSoARollbackTellsNobody() {
        Member member = newMembers.create("Rollback Reader", demo.get("housing").getAgency(), Role.PRACTITIONER);
        assertThatThrownBy(() -> notifications.send(submitted("HC-2090-0006", Recipient.member(member.getId()))))
                .isInstanceOf(IllegalTransactionStateException.class);

        transaction.executeWithoutResult(status -> {
            notifications.send(submitted("HC-2090-0007", Recipient.member(member.getId())));
            status.setRollbackOnly();
        });

        assertThat(noticeCount("HC-2090-0007")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM email_outbox WHERE member_id = ?", Long.class,
                member.getId())).isZero();
    }

    @Test
    void aNoticeRefusesAnythingThatCouldCarryPersonalData() {
        Recipient someone = Recipient.member(1L);
        assertThatThrownBy(() -> submitted("Jane Doe", someone)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.of(NotificationKind.NOMINATION_SUBMITTED).link("cases/1").to(someone).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.of(NotificationKind.AGENDA_PUBLISHED).link("meetings/3")
                .arguments("Jane Doe").to(someone).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.of(NotificationKind.AGENDA_PUBLISHED).link("https://elsewhere.example/x")
                .arguments(LocalDate.now()).to(someone).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.of(NotificationKind.AGENDA_PUBLISHED).link("meetings/3").to(someone).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Notice.of(NotificationKind.AGENDA_PUBLISHED).link("meetings/3").arguments(LocalDate.of(2026, 12, 3))
                .to(someone).build().arguments()).containsExactly(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aMemberSeesCountsAndMarksOnlyTheirOwnNotices() {
        Member reader = newMembers.create("Reader", demo.get("housing").getAgency(), Role.PRACTITIONER);
        Member other = newMembers.create("Other Reader", demo.get("housing").getAgency(), Role.PRACTITIONER);
        send(submitted("HC-2090-0010", Recipient.member(reader.getId())));
        send(Notice.of(NotificationKind.ACTION_DUE_SOON).caseReference("HC-2090-0011").link("cases/2")
                .arguments(LocalDate.of(2026, 12, 1)).to(Recipient.member(reader.getId())).build());
        send(submitted("HC-2090-0012", Recipient.member(other.getId())));

        signIn.as(reader);
        List<MemberNotice> mine = notifications.myNotices();
        assertThat(mine).extracting(MemberNotice::getCaseReference).containsExactly("HC-2090-0011", "HC-2090-0010");
        assertThat(mine.getFirst().getArguments()).containsExactly(LocalDate.of(2026, 12, 1));
        assertThat(notifications.myUnreadCount()).isEqualTo(2);

        Long othersNotice = noticesOf(other).getFirst().getId();
        signIn.as(reader);
        assertThat(notifications.markRead(othersNotice)).isFalse();
        assertThat(notifications.markRead(mine.getLast().getId())).isTrue();
        assertThat(notifications.markRead(mine.getLast().getId())).isFalse();
        assertThat(notifications.myUnreadCount()).isEqualTo(1);
        assertThat(notifications.myNotices().getLast().isRead()).isTrue();

        assertThat(notifications.markAllRead()).isEqualTo(1);
        assertThat(notifications.myUnreadCount()).isZero();

        signIn.as(other);
        assertThat(notifications.myUnreadCount()).isEqualTo(1);
        assertThat(notifications.myNotices()).extracting(MemberNotice::getCaseReference).containsExactly("HC-2090-0012");
    }

    @Test
    void theInboxNeedsASignedInMemberWithAccess() {
        assertThatThrownBy(() -> notifications.myNotices())
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        signIn.asIdentity(demo.issuer(), "pending-" + System.nanoTime(), "Pending Person");
        assertThatThrownBy(() -> notifications.myUnreadCount()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyKindHasATitleInTheBundle() throws Exception {
        var bundle = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(bundle.getProperty(kind.titleKey())).as(kind.name()).isNotBlank();
        }
        for (EmailMode mode : EmailMode.values()) {
            assertThat(bundle.getProperty("notification.mode." + mode.name())).as(mode.name()).isNotBlank();
        }
    }

    private void deactivate(Member member) {
        jdbc.update("UPDATE member SET status = 'DEACTIVATED' WHERE id = ?", member.getId());
    }

    private int noticeCount(String reference) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_notice WHERE case_reference = ?", Integer.class, reference);
    }
}
