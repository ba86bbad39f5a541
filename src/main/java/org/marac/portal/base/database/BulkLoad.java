package org.marac.portal.base.database;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Rows for one table, written as tab-separated text in memory and sent with {@code LOAD DATA LOCAL INFILE}:
 * the fastest way into MariaDB for millions of rows (the force-scale data generator, the processing log's
 * bulk writer). Values are added column by column, in the order the columns were named; {@link #load}
 * sends what has been added and starts again empty.
 *
 * <p>With LOCAL, MariaDB reports bad values (too long, wrong type) as warnings rather than errors, because it
 * cannot stop the client's stream; {@link #load} therefore turns any warning into an exception, so nothing is
 * silently truncated.
 */
public final class BulkLoad {

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] DIGITS = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final String table;
    private final List<String> columns;
    private final String sql;
    private byte[] buffer = new byte[1 << 16];
    private int length;
    private int rows;
    private int column;
    private long loadedRows;

    private BulkLoad(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.sql = "LOAD DATA LOCAL INFILE 'bulk-load.tsv' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", columns) + ")";
    }

    public static BulkLoad into(String table, String... columns) {
        return new BulkLoad(table, Arrays.asList(columns));
    }

    public String table() {
        return table;
    }

    /** Rows added since the last load. */
    public int pendingRows() {
        return rows;
    }

    /** Bytes waiting to be sent: loaders send when this passes a few megabytes. */
    public int pendingBytes() {
        return length;
    }

    /** No row is half-written. */
    public boolean betweenRows() {
        return column == 0;
    }

    /** Rows sent by every load so far. */
    public long loadedRows() {
        return loadedRows;
    }

    public BulkLoad add(long value) {
        separate();
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return ascii(Long.toString(value));
            }
            put((byte) '-');
            value = -value;
        }
        ensure(20);
        int start = length;
        do {
            buffer[length++] = DIGITS[(int) (value % 10)];
            value /= 10;
        } while (value != 0);
        reverse(start, length - 1);
        return this;
    }

    public BulkLoad add(Long value) {
        return value == null ? addNull() : add(value.longValue());
    }

    public BulkLoad add(int value) {
        return add((long) value);
    }

    public BulkLoad add(boolean value) {
        separate();
        put((byte) (value ? '1' : '0'));
        return this;
    }

    public BulkLoad add(Boolean value) {
        return value == null ? addNull() : add(value.booleanValue());
    }

    public BulkLoad add(double value) {
        separate();
        return ascii(Double.toString(value));
    }

    public BulkLoad add(Enum<?> value) {
        return value == null ? addNull() : add(value.name());
    }

    /** A DATETIME(6) column holding UTC, as the portal stores every instant. */
    public BulkLoad add(Instant value) {
        if (value == null) {
            return addNull();
        }
        separate();
        LocalDateTime utc = LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC);
        ensure(26);
        digits(utc.getYear(), 4);
        put((byte) '-');
        digits(utc.getMonthValue(), 2);
        put((byte) '-');
        digits(utc.getDayOfMonth(), 2);
        put((byte) ' ');
        digits(utc.getHour(), 2);
        put((byte) ':');
        digits(utc.getMinute(), 2);
        put((byte) ':');
        digits(utc.getSecond(), 2);
        put((byte) '.');
        digits(utc.getNano() / 1000, 6);
        return this;
    }

    public BulkLoad add(LocalDate value) {
        if (value == null) {
            return addNull();
        }
        separate();
        ensure(10);
        digits(value.getYear(), 4);
        put((byte) '-');
        digits(value.getMonthValue(), 2);
        put((byte) '-');
        digits(value.getDayOfMonth(), 2);
        return this;
    }

    /** Text, UTF-8 encoded, with tab, line breaks, backslash and NUL escaped as LOAD DATA expects. */
    public BulkLoad add(String value) {
        if (value == null) {
            return addNull();
        }
        separate();
        ensure(value.length() * 3);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    case '\\' -> escaped('\\');
                    case 0 -> escaped('0');
                    default -> buffer[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                buffer[length++] = (byte) (0xC0 | (c >> 6));
                buffer[length++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                ensure(4 + (value.length() - i) * 3);
                buffer[length++] = (byte) (0xF0 | (codePoint >> 18));
                buffer[length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                buffer[length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                buffer[length++] = (byte) (0xE0 | (c >> 12));
                buffer[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    public BulkLoad addNull() {
        separate();
        ensure(2);
        System.arraycopy(NULL, 0, buffer, length, 2);
        length += 2;
        return this;
    }

    /** Feeds the pending rows, exactly as they will be sent, to a checksum. */
    public void update(java.util.zip.Checksum checksum) {
        checksum.update(buffer, 0, length);
    }

    /** Ends the current row; every column must have had its value. */
    public BulkLoad endRow() {
        if (column != columns.size()) {
            throw new IllegalStateException(table + ": a row has " + column + " values for " + columns.size() + " columns");
        }
        put((byte) '\n');
        column = 0;
        rows++;
        return this;
    }

    /**
     * Sends the pending rows in the connection's current transaction and empties the buffer.
     *
     * @return the number of rows loaded
     */
    public int load(Connection connection) throws SQLException {
        if (column != 0) {
            throw new IllegalStateException(table + ": the last row is not finished");
        }
        if (rows == 0) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new ByteArrayInputStream(buffer, 0, length));
            long loaded = statement.executeLargeUpdate(sql);
            SQLWarning warning = statement.getWarnings();
            if (warning != null) {
                throw new SQLException("Loading " + table + " gave a warning: " + warning.getMessage());
            }
            if (loaded != rows) {
                throw new SQLException("Loading " + table + " stored " + loaded + " of " + rows + " rows");
            }
        }
        int loaded = rows;
        loadedRows += loaded;
        length = 0;
        rows = 0;
        return loaded;
    }

    private void separate() {
        if (column >= columns.size()) {
            throw new IllegalStateException(table + ": more values than the " + columns.size() + " columns");
        }
        if (column++ > 0) {
            put((byte) '\t');
        }
    }

    private BulkLoad ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    private void escaped(char c) {
        ensure(2);
        buffer[length++] = '\\';
        buffer[length++] = (byte) c;
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void digits(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buffer[length + i] = DIGITS[value % 10];
            value /= 10;
        }
        length += width;
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte swap = buffer[from];
            buffer[from++] = buffer[to];
            buffer[to--] = swap;
        }
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }
}
