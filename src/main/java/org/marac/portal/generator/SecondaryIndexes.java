package org.marac.portal.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processing log's secondary indexes, set aside while an empty log is filled and built again afterwards,
 * exactly as they were (read from the database, not assumed). Building an index from sorted rows costs far
 * less than keeping five indexes up to date through ten million inserts. Only for an empty log: nothing reads
 * it meanwhile. If a generation is killed in between, the database is half-filled anyway and is thrown away.
 */
record SecondaryIndexes(String table, Map<String, List<String>> columnsByIndex) {

    private static final String TABLE = "processing_log";

    /** Drops the log's secondary indexes if the log is empty; null if it is not (then nothing changes). */
    static SecondaryIndexes setAsideIfEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet any = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + TABLE + ")")) {
            any.next();
            if (any.getBoolean(1)) {
                return null;
            }
        }
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT index_name, column_name FROM information_schema.statistics
                WHERE table_schema = DATABASE() AND table_name = ? AND index_name <> 'PRIMARY' AND non_unique = 1
                ORDER BY index_name, seq_in_index""")) {
            query.setString(1, TABLE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indexes.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        if (indexes.isEmpty()) {
            return null;
        }
        List<String> drops = indexes.keySet().stream().map(name -> "DROP INDEX " + name).toList();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + TABLE + " " + String.join(", ", drops));
        }
        return new SecondaryIndexes(TABLE, indexes);
    }

    int count() {
        return columnsByIndex.size();
    }

    /** Builds the indexes again, all in one pass over the table. */
    Void restore(Connection connection) throws SQLException {
        List<String> adds = new ArrayList<>();
        columnsByIndex.forEach((name, columns) -> adds.add("ADD INDEX " + name + " (" + String.join(", ", columns) + ")"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " " + String.join(", ", adds) + ", ALGORITHM=INPLACE");
        }
        return null;
    }
}
