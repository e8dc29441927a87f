package cl.fuelnet.hq;

import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleBatch;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.model.message.WireCodec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures head office's batch ingest: several stations, each on its own TCP link, send sale batches one after
 * the other (the next once the previous is acknowledged, as a station does) and the clock stops when every sale
 * is stored and acknowledged. Batches are encoded before the clock starts, so the figure is head office's.
 * Not part of the normal test run: {@code mvn -pl routes-hq -am verify -Pbench}; tune with
 * {@code -Dbench.stations=4 -Dbench.sales=25000 -Dbench.batches=100,500,1000}.
 */
@Tag("bench")
class HqIngestBenchmark extends HqTestSupport {

    private static final int STATIONS = Integer.getInteger("bench.stations", 4);
    private static final int SALES_PER_STATION = Integer.getInteger("bench.sales", 25_000);
    private static final String BATCH_SIZES = System.getProperty("bench.batches", "100,500,1000");
    private static final Duration ACK_WAIT = Duration.ofSeconds(60);

    @Autowired
    private JdbcTemplate jdbc;

    private int round;

    @Test
    void batchIngestFromSeveralStations() throws Exception {
        measure(500, 10_000, false);
        List<String> figures = new ArrayList<>();
        for (int batchSize : Arrays.stream(BATCH_SIZES.split(",")).mapToInt(Integer::parseInt).toArray()) {
            figures.add(measure(batchSize, SALES_PER_STATION, true));
        }
        System.out.println();
        System.out.println("HQ batch ingest, " + STATIONS + " stations x " + SALES_PER_STATION
                + " sales over real TCP, stored (SQLite WAL, synchronous=FULL) and acknowledged:");
        figures.forEach(System.out::println);
        System.out.println();
    }

    private String measure(int batchSize, int salesPerStation, boolean report) throws Exception {
        round++;
        long before = storedSales();
        List<TestStation> stations = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        for (int s = 0; s < STATIONS; s++) {
            String stationId = "b" + round + "-" + s;
            stations.add(onlineStation(stationId, new Totals(0, 0, 0)));
            lines.add(batchLines(stationId, salesPerStation, batchSize));
        }
        ExecutorService senders = Executors.newFixedThreadPool(STATIONS);
        long start = System.nanoTime();
        List<Future<Long>> acked = new ArrayList<>();
        for (int s = 0; s < STATIONS; s++) {
            TestStation station = stations.get(s);
            List<String> batches = lines.get(s);
            acked.add(senders.submit(() -> sendAll(station, batches)));
        }
        long ackedSales = 0;
        for (Future<Long> f : acked) {
            ackedSales += f.get();
        }
        long elapsedNanos = System.nanoTime() - start;
        senders.shutdown();
        stations.forEach(TestStation::stopHeartbeats);

        long total = (long) STATIONS * salesPerStation;
        assertThat(ackedSales).isEqualTo(total);
        assertThat(storedSales() - before).isEqualTo(total);
        double seconds = elapsedNanos / 1e9;
        String figure = String.format("  batch %5d: %,9d sales in %6.2f s = %,9.0f sales/s", batchSize, total, seconds,
                total / seconds);
        if (!report) {
            System.out.println("warm-up" + figure);
        }
        return figure;
    }

    private static long sendAll(TestStation station, List<String> batches) {
        long acked = 0;
        for (String line : batches) {
            station.sendLine(line);
            SaleBatchAck ack = WireCodec.body(station.take(MessageType.SALE_BATCH_ACK, ACK_WAIT), SaleBatchAck.class);
            acked += ack.saleIds().size();
        }
        return acked;
    }

    private static List<String> batchLines(String stationId, int count, int batchSize) {
        List<Sale> sales = TestSales.many(stationId, count, Instant.parse("2026-06-01T00:00:00Z"));
        List<String> lines = new ArrayList<>();
        for (int from = 0; from < sales.size(); from += batchSize) {
            List<Sale> batch = sales.subList(from, Math.min(sales.size(), from + batchSize));
            lines.add(WireCodec.encode(MessageType.SALE_BATCH, stationId,
                    new SaleBatch(UUID.randomUUID().toString(), batch)));
        }
        return lines;
    }

    private long storedSales() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sale", Long.class);
    }
}
