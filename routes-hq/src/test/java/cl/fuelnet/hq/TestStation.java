package cl.fuelnet.hq;

import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceAck;
import cl.fuelnet.model.message.PumpStatus;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleBatch;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.Totals;
import cl.fuelnet.model.message.WireCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Plays a station on a real TCP connection to head office: writes newline-delimited JSON envelopes and keeps what
 * comes back, by message type, for the test to take.
 */
final class TestStation implements AutoCloseable {

    private final String stationId;
    private final Socket socket;
    private final OutputStream out;
    private final Map<MessageType, LinkedBlockingQueue<Envelope>> received = new ConcurrentHashMap<>();
    private final Thread reader;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private volatile boolean closedByPeer;
    private ScheduledFuture<?> heartbeats;
    private volatile long priceVersion;
    private volatile Totals totals = new Totals(0, 0, 0);
    private volatile List<PumpStatus> pumps = List.of();

    private TestStation(String stationId, int port) throws IOException {
        this.stationId = stationId;
        this.socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.reader = new Thread(this::read, "test-station-" + stationId);
        reader.setDaemon(true);
        reader.start();
    }

    static TestStation connect(String stationId, int port) throws IOException {
        return new TestStation(stationId, port);
    }

    String stationId() {
        return stationId;
    }

    void hello(long priceVersion, Totals totals) {
        this.priceVersion = priceVersion;
        this.totals = totals;
        send(MessageType.HELLO, new Hello(stationId, priceVersion, 0, null, null, new BigDecimal("1.05"), totals,
                null));
    }

    void heartbeat(long priceVersion, Totals totals, List<PumpStatus> pumps) {
        send(MessageType.HEARTBEAT, new Heartbeat(stationId, priceVersion, new BigDecimal("1.05"), totals, pumps));
    }

    /** Sends a heartbeat from the supplier at a fixed rate until {@link #stopHeartbeats()}. */
    void startHeartbeats(Duration interval, Supplier<Heartbeat> heartbeat) {
        heartbeats = clock.scheduleAtFixedRate(() -> send(MessageType.HEARTBEAT, heartbeat.get()), 0,
                interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Heartbeats at this interval with whatever totals and pumps the station holds at each beat. */
    void keepAlive(Duration interval) {
        startHeartbeats(interval, () -> new Heartbeat(stationId, priceVersion, new BigDecimal("1.05"), totals, pumps));
    }

    void totals(Totals totals) {
        this.totals = totals;
    }

    void priceVersion(long priceVersion) {
        this.priceVersion = priceVersion;
    }

    void stopHeartbeats() {
        if (heartbeats != null) {
            heartbeats.cancel(false);
        }
    }

    String sendBatch(List<Sale> sales) {
        String batchId = UUID.randomUUID().toString();
        send(MessageType.SALE_BATCH, new SaleBatch(batchId, sales));
        return batchId;
    }

    /** Sends a batch and waits for head office's acknowledgement of it. */
    SaleBatchAck storeBatch(List<Sale> sales, Duration timeout) {
        String batchId = sendBatch(sales);
        SaleBatchAck ack = WireCodec.body(take(MessageType.SALE_BATCH_ACK, timeout), SaleBatchAck.class);
        if (!batchId.equals(ack.batchId())) {
            throw new AssertionError("ack for batch " + ack.batchId() + " while waiting for " + batchId);
        }
        return ack;
    }

    /** Reports a version pushed to the pumps; like a station, it holds that version from now on. */
    void priceAck(long version, List<String> applied, List<String> pending) {
        priceVersion = Math.max(priceVersion, version);
        send(MessageType.PRICE_ACK, new PriceAck(version, applied, pending));
    }

    synchronized void send(MessageType type, Object body) {
        sendLine(WireCodec.encode(type, stationId, body));
    }

    synchronized void sendLine(String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("station " + stationId + " cannot write", e);
        }
    }

    /** The next message of this type from head office; fails after the timeout. */
    Envelope take(MessageType type, Duration timeout) {
        try {
            Envelope envelope = queue(type).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (envelope == null) {
                throw new AssertionError("station " + stationId + " got no " + type + " within " + timeout);
            }
            return envelope;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Whatever of this type arrived so far, without waiting. */
    Envelope poll(MessageType type) {
        return queue(type).poll();
    }

    boolean closedByPeer() {
        return closedByPeer;
    }

    private LinkedBlockingQueue<Envelope> queue(MessageType type) {
        return received.computeIfAbsent(type, t -> new LinkedBlockingQueue<>());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Envelope envelope = WireCodec.decode(line);
                queue(envelope.type()).add(envelope);
            }
        } catch (IOException e) {
            // the test closed the socket, or head office dropped the link: either way reading ends here
        }
        closedByPeer = true;
    }

    @Override
    public void close() throws IOException {
        clock.shutdownNow();
        socket.close();
    }
}
