package cl.fuelnet.pump;

import cl.fuelnet.model.message.Envelope;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.PumpState;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleAck;
import cl.fuelnet.model.message.WireCodec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays a station on a real TCP port for pumps to dial: newline-delimited JSON envelopes, HELLO answered with the
 * prices the pump lacks, SALE stored in a {@link StationLedger} and acknowledged (unless told to hold its acks),
 * HEARTBEAT answered with one. Keeps every message it received, in order, for the test to read.
 */
final class TestStation implements AutoCloseable {

    private final String stationId;
    private final StationLedger ledger;
    private final ServerSocket server;
    private final List<Peer> peers = new CopyOnWriteArrayList<>();
    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> heartbeats = new ConcurrentHashMap<>();
    private volatile boolean acking = true;
    private volatile PriceUpdate prices;

    private TestStation(String stationId, int port, StationLedger ledger) throws IOException {
        this.stationId = stationId;
        this.ledger = ledger;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        Thread acceptor = new Thread(this::accept, "test-station-" + stationId + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A station listening on the port, storing sales in the ledger (which outlives the station). */
    static TestStation listen(String stationId, int port, StationLedger ledger) throws IOException {
        return new TestStation(stationId, port, ledger);
    }

    /** Whether the pump said HELLO on a connection that is still open. */
    boolean connected(String pumpId) {
        return peers.stream().anyMatch(peer -> pumpId.equals(peer.pumpId) && !peer.socket.isClosed());
    }

    /** Sends a price set to every pump connected, and to every pump that says HELLO later with an older one. */
    void push(PriceUpdate update) {
        prices = update;
        for (Peer peer : peers) {
            if (peer.pumpId != null) {
                peer.write(MessageType.PRICE_UPDATE, update);
            }
        }
    }

    /** Writes a line as it is, message or not, to every pump connected. */
    void sendRaw(String line) {
        for (Peer peer : peers) {
            if (peer.pumpId != null) {
                peer.writeLine(line);
            }
        }
    }

    /** While holding, sales are stored but not acknowledged, as if the station died before its ack. */
    void holdAcks(boolean hold) {
        acking = !hold;
    }

    int heartbeats(String pumpId) {
        AtomicInteger count = heartbeats.get(pumpId);
        return count == null ? 0 : count.get();
    }

    /** The types of the messages received, in order. */
    List<MessageType> receivedTypes() {
        return received.stream().map(Envelope::type).toList();
    }

    /** The states the pump reported, in order. */
    List<PumpState> states() {
        return received.stream().filter(envelope -> envelope.type() == MessageType.PUMP_STATE)
                .map(envelope -> WireCodec.body(envelope, PumpState.class)).toList();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Peer peer : peers) {
            peer.socket.close();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Peer peer = new Peer(server.accept());
                peers.add(peer);
                Thread reader = new Thread(peer::read, "test-station-" + stationId + "-peer");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Peer peer, Envelope envelope) {
        received.add(envelope);
        switch (envelope.type()) {
            case HELLO -> {
                Hello hello = WireCodec.body(envelope, Hello.class);
                peer.pumpId = hello.nodeId();
                PriceUpdate current = prices;
                if (current != null && current.revision() > hello.priceRevision()) {
                    peer.write(MessageType.PRICE_UPDATE, current);
                }
            }
            case SALE -> {
                Sale sale = WireCodec.body(envelope, Sale.class).validated();
                ledger.deliver(sale);
                if (acking) {
                    peer.write(MessageType.SALE_ACK, new SaleAck(sale.saleId(), sale.seq()));
                }
            }
            case HEARTBEAT -> {
                heartbeats.computeIfAbsent(envelope.from(), id -> new AtomicInteger()).incrementAndGet();
                peer.write(MessageType.HEARTBEAT, new Heartbeat(stationId, 0, null, null, null));
            }
            default -> {
            }
        }
    }

    /** One pump's connection. */
    private final class Peer {
        private final Socket socket;
        private final OutputStream out;
        private volatile String pumpId;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        void read() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    handle(this, WireCodec.decode(line));
                }
            } catch (IOException closed) {
                // the pump or the test closed the connection
            } finally {
                peers.remove(this);
            }
        }

        void write(MessageType type, Object body) {
            writeLine(WireCodec.encode(type, stationId, body));
        }

        synchronized void writeLine(String line) {
            try {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException closed) {
                peers.remove(this);
            }
        }
    }
}
