package cl.fuelnet.pump;

import cl.fuelnet.node.SqliteStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/** The pumps' SQLite database in the process's data folder. */
@Configuration
public class PumpStorage {

    @Bean
    public DataSource pumpDataSource(@Value("${fuelnet.data-dir}") String dataDir) {
        return SqliteStore.dataSource(Path.of(dataDir, "pumps.db"));
    }
}
