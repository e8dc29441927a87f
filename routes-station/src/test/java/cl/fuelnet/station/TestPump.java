package cl.fuelnet.station;

import cl.fuelnet.model.Money;
import cl.fuelnet.model.message.Heartbeat;
import cl.fuelnet.model.message.Hello;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.PumpState;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.SaleAck;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Plays a pump against a station's pump port over real TCP. */
class TestPump extends LineClient {

    final String pumpId;
    final String stationId;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
    private long seq;

    private TestPump(Socket socket, String pumpId, String stationId) throws IOException {
        super(socket, pumpId, envelope -> { });
        this.pumpId = pumpId;
        this.stationId = stationId;
        beats.scheduleAtFixedRate(this::beat, 100, 100, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        if (isOpen()) {
            try {
                send(MessageType.HEARTBEAT, new Heartbeat(pumpId, 0, null, null, null));
            } catch (IllegalStateException closed) {
                beats.shutdown();
            }
        }
    }

    @Override
    public void close() throws IOException {
        beats.shutdownNow();
        super.close();
    }

    /** A pump that connected and said HELLO as FREE with no prices. */
    static TestPump connect(int port, String pumpId, String stationId) throws IOException {
        TestPump pump = new TestPump(new Socket("localhost", port), pumpId, stationId);
        pump.send(MessageType.HELLO, new Hello(pumpId, 0, 0, PumpBoard.FREE, 0L, null, null, Map.of()));
        return pump;
    }

    void state(String state, PriceUpdate applied) {
        send(MessageType.PUMP_STATE, new PumpState(pumpId, state, applied.version(), applied.revision(),
                applied.prices(), Map.of()));
    }

    /** A sale of this pump at this price; not sent yet. */
    Sale sale(String fuel, String litres, long pricePerLitre) {
        BigDecimal volume = new BigDecimal(litres);
        return new Sale(UUID.randomUUID().toString(), pumpId, stationId, ++seq, fuel, volume, pricePerLitre,
                Money.saleTotal(volume, pricePerLitre), Instant.now(), 1, null);
    }

    void send(Sale sale) {
        send(MessageType.SALE, sale);
    }

    SaleAck awaitAck(Sale sale) {
        return awaitBody(MessageType.SALE_ACK, SaleAck.class, ack -> ack.saleId().equals(sale.saleId()));
    }

    long acksFor(Sale sale) {
        return bodies(MessageType.SALE_ACK, SaleAck.class).stream()
                .filter(ack -> ack.saleId().equals(sale.saleId())).count();
    }

    PriceUpdate awaitPrices(long revision) {
        return awaitBody(MessageType.PRICE_UPDATE, PriceUpdate.class, update -> update.revision() >= revision);
    }
}
