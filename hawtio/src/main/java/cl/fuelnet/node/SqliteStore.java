package cl.fuelnet.node;

import org.springframework.jdbc.core.JdbcTemplate;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SQLite as every node uses it: write-ahead log, a full fsync on every commit, a busy timeout instead of
 * immediate lock errors. The pragmas are set through the driver's own configuration, so they hold on every
 * connection, and {@link #verifyDurability} refuses a database where they are not in force.
 */
public final class SqliteStore {

    private SqliteStore() {
    }

    public static DataSource dataSource(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /** Fails unless the database runs in WAL mode with full synchronous commits. */
    public static void verifyDurability(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String journal = jdbc.queryForObject("PRAGMA journal_mode", String.class);
        Integer synchronous = jdbc.queryForObject("PRAGMA synchronous", Integer.class);
        if (!"wal".equalsIgnoreCase(journal) || synchronous == null || synchronous != 2) {
            throw new IllegalStateException("SQLite is not durable here: journal_mode=" + journal
                    + ", synchronous=" + synchronous + " (WAL and FULL=2 are required)");
        }
    }
}
