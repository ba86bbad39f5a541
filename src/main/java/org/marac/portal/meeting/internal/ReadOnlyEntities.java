package org.marac.portal.meeting.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * For service methods that change no entity but must write the processing log (with JDBC), so cannot run in
 * a read-only transaction: Hibernate keeps no snapshots and does no dirty checking before each query, which
 * on a case's large graph of people and incidents is most of the cost of reading it. Only when the method
 * began the transaction itself, so that an enclosing transaction's changes are still flushed.
 */
public final class ReadOnlyEntities {

    private ReadOnlyEntities() {
    }

    public static void in(EntityManager entityManager) {
        if (TransactionAspectSupport.currentTransactionStatus().isNewTransaction()) {
            Session session = entityManager.unwrap(Session.class);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            session.setDefaultReadOnly(true);
        }
    }
}
