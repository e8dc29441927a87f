package cl.fuelnet.station;

import cl.fuelnet.node.SqliteStore;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The station's database runs in WAL mode with full synchronous commits, created by versioned migrations; a
 * database without them is refused at startup.
 */
class DurableStorageTest extends StationTestSupport {

    @Test
    void theStationDatabaseIsWalWithFullSyncAndMigrated() {
        JdbcTemplate station = jdbc.getJdbcTemplate();

        assertThat(station.queryForObject("PRAGMA journal_mode", String.class)).isEqualToIgnoringCase("wal");
        assertThat(station.queryForObject("PRAGMA synchronous", Integer.class)).isEqualTo(2);
        assertThat(station.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1 "
                + "ORDER BY installed_rank", String.class)).containsExactly("1", "2");
    }

    @Test
    void aDatabaseWithoutWalAndFullSyncIsRefused() {
        Path file = newDataDir("plain-").resolve(StationStorage.DATABASE_FILE);
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        plain.setJournalMode("DELETE");
        plain.setSynchronous("NORMAL");

        assertThatThrownBy(() -> SqliteStore.verifyDurability(plain))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("journal_mode=delete");
        Path fresh = newDataDir("fresh-");
        assertThat(new JdbcTemplate(new StationStorage().stationDataSource(fresh.toString()))
                .queryForObject("PRAGMA journal_mode", String.class)).isEqualToIgnoringCase("wal");
    }
}
