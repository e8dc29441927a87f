package cl.fuelnet.station;

import cl.fuelnet.node.SqliteStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/** The station's SQLite database in its data folder; it will not start unless WAL and full sync are in force. */
@Configuration
public class StationStorage {

    public static final String DATABASE_FILE = "station.db";

    @Bean
    public DataSource stationDataSource(@Value("${fuelnet.data-dir}") String dataDir) {
        DataSource dataSource = SqliteStore.dataSource(Path.of(dataDir, DATABASE_FILE));
        SqliteStore.verifyDurability(dataSource);
        return dataSource;
    }
}
