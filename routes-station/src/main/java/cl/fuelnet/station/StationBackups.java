package cl.fuelnet.station;

import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.WireCodec;
import cl.fuelnet.node.JsonBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Online backups of the station database with SQLite's backup API, taken while no sale commits (sales keep queueing
 * and are acknowledged right after), so a backup holds every sale acknowledged before it ended. Each copy is checked
 * with {@code PRAGMA integrity_check}; its verdict, size and sale count are kept beside it, and only the newest
 * {@code station.backups-kept} copies are kept.
 */
@Component
public class StationBackups {

    private static final Logger LOG = LoggerFactory.getLogger(StationBackups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    static final String FOLDER = "backups";
    static final String OK = "ok";

    private final DataSource dataSource;
    private final SaleWriter writer;
    private final Path folder;
    private final int kept;

    public StationBackups(DataSource dataSource, SaleWriter writer, StationProperties properties,
                          @Value("${fuelnet.data-dir}") String dataDir) {
        this.dataSource = dataSource;
        this.writer = writer;
        this.folder = Path.of(dataDir, FOLDER).toAbsolutePath();
        this.kept = properties.backupsKept();
    }

    /** Takes, verifies and records one backup; answers its entry: time, file, size, sales and verdict. */
    public synchronized Map<String, Object> take() {
        Instant at = Instant.now();
        Path target = newFile(at);
        writer.withCommitsHeld(() -> copyTo(target));
        String verdict = integrity(target);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("takenAt", Times.stored(at));
        entry.put("file", target.toString());
        entry.put("sizeBytes", size(target));
        entry.put("sales", verdict.equals(OK) ? salesIn(target) : null);
        entry.put("verdict", verdict);
        write(sidecar(target), JsonBodies.write(entry));
        if (OK.equals(verdict)) {
            LOG.info("Backup {} taken: {} bytes, {} sales, integrity ok", target.getFileName(), entry.get("sizeBytes"),
                    entry.get("sales"));
        } else {
            LOG.warn("Backup {} failed its integrity check: {}", target.getFileName(), verdict);
        }
        prune();
        return entry;
    }

    /** The kept backups, newest first. */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>(backupFiles());
        Collections.reverse(files);
        for (Path file : files) {
            Path sidecar = sidecar(file);
            if (Files.exists(sidecar)) {
                entries.add(readEntry(sidecar));
            }
        }
        return entries;
    }

    /** The result of {@code PRAGMA integrity_check} on a database file: "ok" or the problems found. */
    public static String integrity(Path database) {
        JdbcTemplate jdbc = new JdbcTemplate(fileDataSource(database));
        List<String> rows = jdbc.queryForList("PRAGMA integrity_check", String.class);
        return String.join("; ", rows);
    }

    private static DataSource fileDataSource(Path database) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + database);
        return source;
    }

    private Void copyTo(Path target) {
        String path = target.toString();
        if (path.contains("'")) {
            throw new IllegalStateException("the backup folder must not contain a quote: " + path);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("backup to '" + path + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("backup to " + path + " failed: " + e.getMessage(), e);
        }
        return null;
    }

    private static Long salesIn(Path database) {
        return new JdbcTemplate(fileDataSource(database)).queryForObject("SELECT COUNT(*) FROM sales", Long.class);
    }

    private Path newFile(Instant at) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        String stamp = STAMP.format(at);
        Path target = folder.resolve("station-" + stamp + ".db");
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve("station-" + stamp + "-" + n + ".db");
        }
        return target;
    }

    private void prune() {
        List<Path> files = backupFiles();
        for (Path old : files.subList(0, Math.max(0, files.size() - kept))) {
            try {
                Files.deleteIfExists(sidecar(old));
                Files.deleteIfExists(old);
                LOG.debug("Backup {} removed: only the newest {} are kept", old.getFileName(), kept);
            } catch (IOException e) {
                LOG.warn("Could not remove old backup {}: {}", old, e.getMessage());
            }
        }
    }

    /** Backup files, oldest first (their names sort by time). */
    private List<Path> backupFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("station-[0-9-]+\\.db")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Path sidecar(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".json");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readEntry(Path sidecar) {
        try {
            return WireCodec.mapper().readValue(sidecar.toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sidecar, e);
        }
    }
}
