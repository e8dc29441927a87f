package cl.fuelnet.pump;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts a pump host running pump 2-1 on free ports with its own data folder, dialling a {@link TestStation} over
 * real TCP. Each test class gets a fresh pump and a fresh station.
 */
@CamelSpringBootTest
@SpringBootTest(classes = PumpApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class PumpTestSupport {

    static final String PUMP_ID = "2-1";
    static final String STATION_ID = "2";
    static final long HEARTBEAT_MS = 250;
    static final Duration WAIT = Duration.ofSeconds(15);

    protected static StationLedger ledger;
    protected static TestStation station;
    protected static int stationPort;
    private static int pumpPort;
    private static final AtomicLong revisions = new AtomicLong();

    @Autowired
    protected CamelContext camelContext;

    protected PumpHttp pump;

    @DynamicPropertySource
    static void pumpProperties(DynamicPropertyRegistry registry) throws IOException {
        stationPort = AvailablePortFinder.getNextAvailable();
        pumpPort = AvailablePortFinder.getNextAvailable();
        ledger = new StationLedger();
        station = TestStation.listen(STATION_ID, stationPort, ledger);
        Path base = Files.createDirectories(Path.of("target", "test-data"));
        Path dataDir = Files.createTempDirectory(base.toAbsolutePath(), "pump-");
        registry.add("pump.ids", () -> PUMP_ID);
        registry.add("pump.web-ports", () -> pumpPort);
        registry.add("pump.station-host", () -> "127.0.0.1");
        registry.add("pump.station-port", () -> stationPort);
        registry.add("fuelnet.data-dir", dataDir::toString);
        registry.add("pump.heartbeat-interval-ms", () -> HEARTBEAT_MS);
        registry.add("pump.missed-heartbeats", () -> 8);
        registry.add("pump.station-redial-ms", () -> 200);
        registry.add("pump.tick-ms", () -> 20);
    }

    @AfterAll
    static void closeStation() throws IOException {
        station.close();
    }

    @BeforeEach
    void connectPump() {
        pump = new PumpHttp(pumpPort);
        await().atMost(WAIT).until(() -> station.connected(PUMP_ID));
        if (!DispenseState.FREE.name().equals(pump.state())) {
            pump.ok("/api/dispense/stop", "");
        }
    }

    /** Pushes a price set with the next revision and waits until the pump handled it; answers the revision. */
    protected long pushPrices(Map<String, Long> prices) {
        long revision = revisions.incrementAndGet();
        pushPrices(revision, prices);
        return revision;
    }

    /** Pushes a price set with the given revision and waits until the pump's link route has handled it. */
    protected void pushPrices(long revision, Map<String, Long> prices) {
        NotifyBuilder handled = new NotifyBuilder(camelContext).fromRoute(PumpRoutes.linkRouteId(PUMP_ID))
                .filter(header(PumpRoutes.TYPE).isEqualTo(MessageType.PRICE_UPDATE)).whenDone(1).create();
        station.push(new PriceUpdate(revision, revision, prices));
        assertThat(handled.matches(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    }

    /** Takes the station away; the pump sees its link drop. */
    protected void stationDown() throws IOException {
        station.close();
        await().atMost(WAIT).until(() -> "DISCONNECTED".equals(pump.view().get("stationLink").asText()));
    }

    /** Brings the station back on its port with the same ledger; the pump redials by itself. */
    protected void stationUp() throws IOException {
        station = TestStation.listen(STATION_ID, stationPort, ledger);
        await().atMost(WAIT).until(() -> station.connected(PUMP_ID));
    }
}
