package cl.fuelnet.station;

import cl.fuelnet.model.message.Sale;
import cl.fuelnet.node.SqliteStore;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Case 14: a backup taken while sales flow passes integrity_check and, restored as the station database, holds every
 * sale acknowledged before it began. Scheduled backups run on the cron and only the newest are kept.
 */
class BackupRestoreTest extends StationTestSupport {

    @Test
    void aBackupUnderSalesIsSoundAndRestoresEverySaleBeforeIt() throws Exception {
        TestPump pump = pump("7-61");
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicBoolean selling = new AtomicBoolean(true);
        Thread sales = new Thread(() -> {
            while (selling.get()) {
                Sale sale = pump.sale("95", "1.5", 1575);
                pump.send(sale);
                pump.awaitAck(sale);
                acked.add(sale.saleId());
            }
        }, "test-sales");
        sales.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> acked.size() >= 50);

        Set<String> beforeBackup = new HashSet<>(acked);
        JsonNode backup = api.post("/backups");
        await().atMost(Duration.ofSeconds(20)).until(() -> acked.size() >= beforeBackup.size() + 20);
        selling.set(false);
        sales.join(20_000);

        assertThat(backup.path("verdict").asText()).isEqualTo("ok");
        Path file = Path.of(backup.path("file").asText());
        assertThat(backup.path("sizeBytes").asLong()).isEqualTo(Files.size(file));
        assertThat(StationBackups.integrity(file)).isEqualTo("ok");

        Path restoredDir = newDataDir("restored-");
        Files.copy(file, restoredDir.resolve(StationStorage.DATABASE_FILE));
        DataSource restored = SqliteStore.dataSource(restoredDir.resolve(StationStorage.DATABASE_FILE));
        SqliteStore.verifyDurability(restored);
        Set<String> held = new HashSet<>(new JdbcTemplate(restored).queryForList(
                "SELECT sale_id FROM sales WHERE pump_id = '7-61'", String.class));
        assertThat(held).containsAll(beforeBackup);
        assertThat(new JdbcTemplate(restored).queryForList(
                "SELECT version FROM flyway_schema_history ORDER BY installed_rank", String.class))
                .containsExactly("1", "2");
    }

    @Test
    void scheduledBackupsAreListedVerifiedAndOnlyTheNewestKept() {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/backups").size() == 3
                && backupsOnDisk().size() == 3);

        JsonNode listed = api.get("/backups");
        for (JsonNode entry : listed) {
            assertThat(entry.path("verdict").asText()).isEqualTo("ok");
            assertThat(entry.path("sizeBytes").asLong()).isPositive();
            assertThat(entry.path("takenAt").asText()).isNotBlank();
        }
        assertThat(listed.get(0).path("takenAt").asText()).isGreaterThan(listed.get(2).path("takenAt").asText());
    }

    private static List<Path> backupsOnDisk() throws java.io.IOException {
        try (var files = Files.list(DATA_DIR.resolve(StationBackups.FOLDER))) {
            return files.filter(f -> f.toString().endsWith(".db")).toList();
        }
    }
}
