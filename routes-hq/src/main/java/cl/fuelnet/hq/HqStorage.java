package cl.fuelnet.hq;

import cl.fuelnet.node.SqliteStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    /**
     * SQLite connections are kept in a small pool: opening one reads the schema and sets the pragmas again, which
     * costs more than storing a batch of sales.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__none__")
    public HikariDataSource hqDataSource(@Value("${fuelnet.data-dir}") String dataDir,
                                         @Value("${hq.sqlite-pool-size:4}") int poolSize) {
        DataSource sqlite = SqliteStore.dataSource(Path.of(dataDir, "hq.db"));
        if (sqlite instanceof SQLiteDataSource config) {
            // A transaction that reads before it writes must not lose its snapshot to another writer (SQLite
            // answers that with an error instead of waiting); taking the write lock at BEGIN makes it wait.
            config.setTransactionMode("IMMEDIATE");
        }
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setPoolName("hq-sqlite");
        pool.setMaximumPoolSize(poolSize);
        HikariDataSource dataSource = new HikariDataSource(pool);
        SqliteStore.verifyDurability(dataSource);
        return dataSource;
    }
}
