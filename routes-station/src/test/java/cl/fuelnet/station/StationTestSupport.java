package cl.fuelnet.station;

import org.apache.camel.CamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * One station on free ports with its own data folder and short link timings, facing a test HQ over real TCP and
 * played by test pumps. The test classes share the station (one Spring context), so each uses its own pump ids and
 * asserts on what it made itself.
 */
@CamelSpringBootTest
@SpringBootTest(classes = StationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StationTestSupport {

    static final String STATION = "7";
    static final TestHq HQ = new TestHq();
    static final int PUMP_PORT = AvailablePortFinder.getNextAvailable();
    static final Path DATA_DIR = newDataDir("station-");

    @Autowired
    protected CamelContext camelContext;

    @Autowired
    protected NamedParameterJdbcTemplate jdbc;

    @LocalServerPort
    protected int webPort;

    protected StationApi api;

    private final List<TestPump> pumps = new ArrayList<>();

    @DynamicPropertySource
    static void stationProperties(DynamicPropertyRegistry registry) {
        registry.add("station.id", () -> STATION);
        registry.add("station.pump-port", () -> PUMP_PORT);
        registry.add("station.hq-port", () -> HQ.port);
        registry.add("fuelnet.data-dir", DATA_DIR::toString);
        registry.add("station.heartbeat-interval-ms", () -> 200);
        registry.add("station.missed-heartbeats", () -> 5);
        registry.add("station.hq-redial-ms", () -> 50);
        registry.add("station.hq-redial-cap-ms", () -> 400);
        registry.add("station.sync-ack-timeout-ms", () -> 5000);
        registry.add("station.sync-retry-ms", () -> 50);
        registry.add("station.sync-retry-cap-ms", () -> 400);
        registry.add("station.sync-batch-size", () -> 50);
        registry.add("station.backup-cron", () -> "0/2+*+*+*+*+?");
        registry.add("station.backups-kept", () -> 3);
        registry.add("fuel.admin.user", () -> StationApi.ADMIN_USER);
        registry.add("fuel.admin.password", () -> StationApi.ADMIN_PASSWORD);
    }

    static Path newDataDir(String prefix) {
        try {
            Path base = Files.createDirectories(Path.of("target", "test-data").toAbsolutePath());
            return Files.createTempDirectory(base, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void hqUp() throws IOException {
        api = new StationApi(webPort);
        HQ.holdAcks(false);
        HQ.start();
        await().atMost(Duration.ofSeconds(20)).until(HQ::connected);
    }

    @AfterEach
    void closePumps() throws IOException {
        for (TestPump pump : pumps) {
            pump.close();
        }
        pumps.clear();
    }

    /** A pump of this station that said HELLO; closed after the test. */
    protected TestPump pump(String pumpId) throws IOException {
        TestPump pump = TestPump.connect(PUMP_PORT, pumpId, STATION);
        pumps.add(pump);
        await().atMost(Duration.ofSeconds(10)).until(() -> connected(pumpId));
        return pump;
    }

    private boolean connected(String pumpId) {
        for (var pump : api.get("/pumps")) {
            if (pump.path("pumpId").asText().equals(pumpId) && pump.path("connected").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    protected long count(String sql) {
        Long n = jdbc.getJdbcTemplate().queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
