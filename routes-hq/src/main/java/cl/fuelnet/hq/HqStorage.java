package cl.fuelnet.hq;

import cl.fuelnet.node.SqliteStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteDataSource;

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
        if (dataSource instanceof SQLiteDataSource sqlite) {
            // A transaction that reads before it writes must not lose its snapshot to another writer (SQLite
            // answers that with an error instead of waiting); taking the write lock at BEGIN makes it wait.
            sqlite.setTransactionMode("IMMEDIATE");
        }
        SqliteStore.verifyDurability(dataSource);
        return dataSource;
    }
}
