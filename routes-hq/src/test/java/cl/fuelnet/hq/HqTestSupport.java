package cl.fuelnet.hq;

import cl.fuelnet.model.message.Totals;
import org.apache.camel.CamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts head office on free ports with its own data folder and short heartbeat times, and plays stations
 * against it over real TCP. Each test class gets a fresh head office.
 */
@CamelSpringBootTest
@SpringBootTest(classes = HqApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class HqTestSupport {

    static final long HEARTBEAT_MS = 400;
    static final int MISSED = 4;

    private static int linkPort;

    @Autowired
    protected CamelContext camelContext;

    @LocalServerPort
    protected int webPort;

    protected HqApi api;

    private final List<TestStation> stations = new ArrayList<>();

    @DynamicPropertySource
    static void hqProperties(DynamicPropertyRegistry registry) throws IOException {
        linkPort = AvailablePortFinder.getNextAvailable();
        Path base = Files.createDirectories(Path.of("target", "test-data"));
        Path dataDir = Files.createTempDirectory(base.toAbsolutePath(), "hq-");
        registry.add("hq.link-port", () -> linkPort);
        registry.add("fuelnet.data-dir", dataDir::toString);
        registry.add("fuel.admin.user", () -> HqApi.ADMIN_USER);
        registry.add("fuel.admin.password", () -> HqApi.ADMIN_PASSWORD);
        registry.add("hq.heartbeat-interval-ms", () -> HEARTBEAT_MS);
        registry.add("hq.missed-heartbeats", () -> MISSED);
        registry.add("hq.schedule-check-ms", () -> 50);
    }

    @BeforeEach
    void openApi() {
        api = new HqApi(webPort);
    }

    @AfterEach
    void closeStations() throws IOException {
        for (TestStation station : stations) {
            station.close();
        }
        stations.clear();
    }

    /** A station connected to head office's link port; closed after the test. */
    protected TestStation station(String stationId) throws IOException {
        TestStation station = TestStation.connect(stationId, linkPort);
        stations.add(station);
        return station;
    }

    /** A station that said HELLO with the current version and keeps heartbeating; closed after the test. */
    protected TestStation onlineStation(String stationId, Totals totals) throws IOException {
        long version = currentVersion();
        TestStation station = station(stationId);
        station.hello(version, totals);
        station.keepAlive(Duration.ofMillis(HEARTBEAT_MS));
        return station;
    }

    protected long currentVersion() {
        return api.getJson("/api/prices").get("version").asLong();
    }
}
