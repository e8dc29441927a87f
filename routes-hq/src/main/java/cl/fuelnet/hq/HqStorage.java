package cl.fuelnet.hq;

import cl.fuelnet.node.SqliteStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The consolidated store: SQLite in the node's data folder by default (WAL, full sync, checked at start), or
 * any JDBC database when {@code spring.datasource.url} is set.
 */
@Configuration
public class HqStorage {

    @Bean
    @ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__none__")
    public DataSource hqDataSource(@Value("${fuelnet.data-dir}") String dataDir) {
        DataSource dataSource = SqliteStore.dataSource(Path.of(dataDir, "hq.db"));
        SqliteStore.verifyDurability(dataSource);
        return dataSource;
    }
}
