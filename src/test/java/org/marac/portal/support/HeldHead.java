package org.marac.portal.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A transaction on a connection of its own that has locked the chain's head, as a stuck change would. */
public final class HeldHead {

    private HeldHead() {
    }

    /** The connection holding the lock: roll it back (or close it) to let the log go on. */
    public static Connection hold(DataSource dataSource) throws SQLException {
        Connection holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (Statement lock = holder.createStatement()) {
            lock.executeQuery("SELECT last_hash FROM processing_log_head WHERE id = 1 FOR UPDATE").close();
        }
        return holder;
    }
}
