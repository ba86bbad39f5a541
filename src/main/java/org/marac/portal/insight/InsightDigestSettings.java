package org.marac.portal.insight;

import org.marac.portal.insight.internal.DigestSubscription;
import org.marac.portal.insight.internal.DigestSubscriptionRepository;
import org.marac.portal.partner.CaseRoles;
import org.marac.portal.partner.PortalUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's choice of the daily insight summary (07:00 UK time): for members who work on cases, since it
 * lists the cases they may see. A member only reads and changes their own choice.
 */
@Service
@Transactional(readOnly = true)
public class InsightDigestSettings {

    private final DigestSubscriptionRepository subscriptions;

    InsightDigestSettings(DigestSubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @CaseRoles
    public DigestSetting mySetting() {
        return subscriptions.findByMemberId(PortalUser.require().getMemberId())
                .map(subscription -> new DigestSetting(subscription.isSubscribed(), subscription.getVersion()))
                .orElse(new DigestSetting(false, -1));
    }

    /**
     * Saves the acting member's choice; {@code expectedVersion} is the version the form loaded, and a choice
     * saved elsewhere since is refused with an optimistic locking exception.
     */
    @CaseRoles
    @Transactional
    public DigestSetting saveMySetting(boolean subscribed, long expectedVersion) {
        Long memberId = PortalUser.require().getMemberId();
        DigestSubscription subscription = subscriptions.findByMemberId(memberId).orElse(null);
        long current = subscription == null ? -1 : subscription.getVersion();
        if (current != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(DigestSubscription.class, memberId);
        }
        if (subscription == null) {
            subscription = new DigestSubscription(memberId);
        }
        subscription.setSubscribed(subscribed);
        try {
            DigestSubscription saved = subscriptions.saveAndFlush(subscription);
            return new DigestSetting(saved.isSubscribed(), saved.getVersion());
        } catch (DataIntegrityViolationException savedElsewhereAtTheSameMoment) {
            throw new ObjectOptimisticLockingFailureException(DigestSubscription.class, memberId);
        }
    }
}
