package cl.fuelnet.station;

import cl.fuelnet.model.Money;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.WireCodec;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sustained durable ingest at one station: four pumps over real TCP, each keeping up to {@link #WINDOW} sales
 * unacknowledged, every ack sent only once its sale is committed (WAL, synchronous FULL) and fsynced in the journal.
 * The figure is the time to acknowledge {@link #MEASURED_SALES} sales after a warm-up.
 * Run with {@code mvn -pl routes-station -am verify -Pbench}; prints sales per second.
 */
@Tag("bench")
@CamelSpringBootTest
@SpringBootTest(classes = StationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StationIngestBenchmark {

    static final int PUMPS = 4;
    static final int WINDOW = 64;
    static final int WARM_UP_SALES = 5_000;
    static final int MEASURED_SALES = 40_000;
    static final int PUMP_PORT = AvailablePortFinder.getNextAvailable();
    static final Path DATA_DIR = StationTestSupport.newDataDir("bench-");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SaleWriter writer;

    @DynamicPropertySource
    static void stationProperties(DynamicPropertyRegistry registry) {
        registry.add("station.id", () -> "8");
        registry.add("station.pump-port", () -> PUMP_PORT);
        registry.add("station.hq-port", AvailablePortFinder::getNextAvailable);
        registry.add("fuelnet.data-dir", DATA_DIR::toString);
        registry.add("station.missed-heartbeats", () -> 1000);
        registry.add("station.backup-cron", () -> "0+0+0+1+1+?");
        registry.add("fuel.admin.user", () -> StationApi.ADMIN_USER);
        registry.add("fuel.admin.password", () -> StationApi.ADMIN_PASSWORD);
    }

    /** A pump that sells as fast as its window of unacknowledged sales allows. */
    static final class FastPump implements AutoCloseable {
        final String pumpId;
        final Socket socket;
        final OutputStream out;
        final Semaphore window = new Semaphore(WINDOW);
        final AtomicLong acked = new AtomicLong();
        volatile boolean selling = true;
        long seq;

        FastPump(String pumpId) throws IOException {
            this.pumpId = pumpId;
            this.socket = new Socket("localhost", PUMP_PORT);
            socket.setTcpNoDelay(true);
            this.out = socket.getOutputStream();
            write(WireCodec.encode(MessageType.HELLO, pumpId, new Hello(pumpId, 0, 0, "FREE", 0L, null, null,
                    Map.of())));
            Thread reader = new Thread(this::readAcks, "bench-acks-" + pumpId);
            reader.setDaemon(true);
            reader.start();
        }

        void readAcks() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (WireCodec.decode(line).type() == MessageType.SALE_ACK) {
                        acked.incrementAndGet();
                        window.release();
                    }
                }
            } catch (IOException e) {
                selling = false;
            }
        }

        void sell() {
            BigDecimal litres = new BigDecimal("31.415");
            try {
                while (selling) {
                    window.acquire();
                    Sale sale = new Sale(UUID.randomUUID().toString(), pumpId, "8", ++seq, "95", litres, 1575,
                            Money.saleTotal(litres, 1575), Instant.now(), 1, null);
                    write(WireCodec.encode(MessageType.SALE, pumpId, sale));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                selling = false;
            }
        }

        void write(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            selling = false;
            socket.close();
        }
    }

    @Test
    void sustainedDurableIngestFromFourPumps() throws Exception {
        List<FastPump> pumps = new ArrayList<>();
        List<Thread> sellers = new ArrayList<>();
        for (int n = 1; n <= PUMPS; n++) {
            FastPump pump = new FastPump("8-" + n);
            pumps.add(pump);
            Thread seller = new Thread(pump::sell, "bench-sell-" + pump.pumpId);
            sellers.add(seller);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM pumps",
                Integer.class) == PUMPS);
        sellers.forEach(Thread::start);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
                .until(() -> acked(pumps) >= WARM_UP_SALES);
        long ackedBefore = acked(pumps);
        long[] statsBefore = writer.stats();
        long start = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> acked(pumps) >= ackedBefore + MEASURED_SALES);
        long ackedAfter = acked(pumps);
        long[] statsAfter = writer.stats();
        double seconds = (System.nanoTime() - start) / 1e9;
        for (FastPump pump : pumps) {
            pump.selling = false;
        }
        for (Thread seller : sellers) {
            seller.interrupt();
            seller.join(5_000);
        }

        long measured = ackedAfter - ackedBefore;
        long commits = statsAfter[0] - statsBefore[0];
        long perSecond = Math.round(measured / seconds);
        System.out.printf("%nStation durable ingest: %d sales/s (%d sales in %.1f s from %d pumps, window %d; "
                        + "%d commits, %.1f sales per commit)%n%n", perSecond, measured, seconds, PUMPS, WINDOW,
                commits, commits == 0 ? 0.0 : (double) (statsAfter[1] - statsBefore[1]) / commits);
        long ackedInAll = acked(pumps);
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM sales", Long.class);
        assertThat(stored).isGreaterThanOrEqualTo(ackedInAll);
        for (FastPump pump : pumps) {
            pump.close();
        }
    }

    private static long acked(List<FastPump> pumps) {
        return pumps.stream().mapToLong(p -> p.acked.get()).sum();
    }
}
