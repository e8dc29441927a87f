package cl.fuelnet.station;

import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceAck;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleBatch;
import cl.fuelnet.model.message.SaleBatchAck;
import cl.fuelnet.model.message.WireCodec;
import org.apache.camel.test.AvailablePortFinder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays head office for a station over real TCP on a fixed free port, and can go down and come back. It answers
 * heartbeats, stores the sales of each batch once by id (counting how often each arrived) and acknowledges them,
 * unless told to hold its acks.
 */
class TestHq implements AutoCloseable {

    final int port = AvailablePortFinder.getNextAvailable();
    final Map<String, Sale> sales = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    final List<SaleBatch> batches = new CopyOnWriteArrayList<>();
    final List<PriceAck> priceAcks = new CopyOnWriteArrayList<>();
    final AtomicInteger batchesWhileOneUnacked = new AtomicInteger();
    /** The type of the first message on each connection the station opened. */
    final List<MessageType> firstMessages = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong(System.currentTimeMillis());
    private volatile boolean acking = true;
    private volatile ServerSocket server;
    private volatile LineClient station;
    private volatile String unackedBatch;

    synchronized TestHq start() throws IOException {
        if (server != null) {
            return this;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("localhost", port));
        server = socket;
        Thread acceptor = new Thread(() -> accept(socket), "test-hq-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                LineClient previous = station;
                unackedBatch = null;
                AtomicBoolean first = new AtomicBoolean(true);
                station = new LineClient(connection, "hq", envelope -> {
                    if (first.getAndSet(false)) {
                        firstMessages.add(envelope.type());
                    }
                    answer(envelope);
                });
                if (previous != null) {
                    previous.close();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Envelope envelope) {
        switch (envelope.type()) {
            case HEARTBEAT -> station.send(MessageType.HEARTBEAT, new Heartbeat("hq", 0, null, null, null));
            case PRICE_ACK -> priceAcks.add(WireCodec.body(envelope, PriceAck.class));
            case SALE_BATCH -> batch(WireCodec.body(envelope, SaleBatch.class));
            default -> { }
        }
    }

    private void batch(SaleBatch batch) {
        if (unackedBatch != null) {
            batchesWhileOneUnacked.incrementAndGet();
        }
        batches.add(batch);
        batch.sales().forEach(sale -> {
            sales.putIfAbsent(sale.saleId(), sale);
            arrivals.computeIfAbsent(sale.saleId(), id -> new AtomicInteger()).incrementAndGet();
        });
        if (acking) {
            station.send(MessageType.SALE_BATCH_ACK, new SaleBatchAck(batch.batchId(),
                    batch.sales().stream().map(Sale::saleId).toList()));
        } else {
            unackedBatch = batch.batchId();
        }
    }

    void holdAcks(boolean hold) {
        acking = !hold;
    }

    /** Sends base prices as a new version; answers that version. */
    long prices(Map<String, Long> base) {
        long next = version.incrementAndGet();
        station.send(MessageType.PRICE_UPDATE, new PriceUpdate(next, 0, base));
        return next;
    }

    boolean connected() {
        LineClient link = station;
        return server != null && link != null && link.isOpen();
    }

    /** Closes the listening port and the station's connection: HQ is down. */
    synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        LineClient link = station;
        station = null;
        if (link != null) {
            link.close();
        }
    }

    /** Drops the station's connection but keeps listening, as a flapping link would. */
    void dropLink() throws IOException {
        LineClient link = station;
        if (link != null) {
            link.close();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
