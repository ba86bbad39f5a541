package org.marac.portal.notification.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailPreferenceRepository extends JpaRepository<EmailPreference, Long> {

    Optional<EmailPreference> findByMemberId(Long memberId);

    List<EmailPreference> findByMemberIdIn(Collection<Long> memberIds);
}
