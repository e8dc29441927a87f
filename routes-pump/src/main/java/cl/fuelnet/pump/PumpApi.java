package cl.fuelnet.pump;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.message.MessageType;
import cl.fuelnet.model.message.Sale;
import cl.fuelnet.model.message.WireCodec;
import cl.fuelnet.node.JsonBodies;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pump's HTTP actions: start a fill, finish or stop it, or run a whole sale; every change is told upstream. An
 * action that makes a sale answers once the station acknowledged it (bounded by {@code pump.ack-wait-ms}), or at
 * once when the station is unreachable; {@code acknowledged} in the answer says which.
 */
@Component
public class PumpApi {

    private static final long DISPENSE_GRACE_MS = 30_000;

    private final Pumps pumps;
    private final PumpStore store;
    private final SaleAcks acks;
    private final PumpProperties properties;

    public PumpApi(Pumps pumps, PumpStore store, SaleAcks acks, PumpProperties properties) {
        this.pumps = pumps;
        this.store = store;
        this.acks = acks;
        this.properties = properties;
    }

    public Map<String, Object> view(@Header(PumpWeb.PUMP_HEADER) String pumpId) {
        Pump pump = pumps.pump(pumpId);
        return pump.view(pumps.link(pumpId).status(), store.unackedCount(pumpId));
    }

    public Map<String, Object> start(@Header(PumpWeb.PUMP_HEADER) String pumpId, @Body String body) {
        startFill(pumpId, JsonBodies.tree(body));
        return view(pumpId);
    }

    public Map<String, Object> finish(@Header(PumpWeb.PUMP_HEADER) String pumpId, @Body String body) {
        JsonNode request = body == null || body.isBlank() ? JsonBodies.tree("{}") : JsonBodies.tree(body);
        BigDecimal litres = DispenseRequests.litres(request, properties.maxLitres());
        if (litres == null) {
            throw new InvalidInputException("litres is required to finish a fill; use /api/dispense/stop to stop it");
        }
        return receipt(sold(pumps.pump(pumpId).finish(litres)));
    }

    public Map<String, Object> stop(@Header(PumpWeb.PUMP_HEADER) String pumpId) {
        return receipt(sold(pumps.pump(pumpId).stop()));
    }

    /** A whole sale: start with the preset, pour at the simulated flow, answer the sale when it stops. */
    public Map<String, Object> dispense(@Header(PumpWeb.PUMP_HEADER) String pumpId, @Body String body)
            throws InterruptedException, TimeoutException {
        JsonNode request = JsonBodies.tree(body);
        if (request.get("litres") == null && request.get("pesos") == null) {
            throw new InvalidInputException("a whole sale needs a preset: litres or pesos");
        }
        CompletableFuture<Sale> done = startFill(pumpId, request);
        long pourMillis = properties.maxLitres().multiply(BigDecimal.valueOf(1000))
                .divide(properties.flowLitresPerSecond(), 0, RoundingMode.UP).longValue();
        try {
            return receipt(done.get(pourMillis + DISPENSE_GRACE_MS, TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the fill failed", e.getCause());
        }
    }

    /** Tells the station about a sale and the pump's state after it. */
    public Sale sold(Sale sale) {
        StationLinks link = pumps.link(sale.pumpId());
        link.send(MessageType.SALE, sale);
        link.sendState();
        return sale;
    }

    /** The sale with its public fields, plus whether the station acknowledged it before the answer. */
    private Map<String, Object> receipt(Sale sale) {
        boolean acknowledged = acks.await(sale, pumps.link(sale.pumpId()), properties.ackWaitMs());
        Map<String, Object> receipt = WireCodec.mapper().convertValue(sale,
                new TypeReference<LinkedHashMap<String, Object>>() { });
        receipt.put("acknowledged", acknowledged);
        return receipt;
    }

    private CompletableFuture<Sale> startFill(String pumpId, JsonNode request) {
        Pump pump = pumps.pump(pumpId);
        Fuel fuel = DispenseRequests.fuel(request);
        BigDecimal litres = DispenseRequests.litres(request, properties.maxLitres());
        Long pesos = DispenseRequests.pesos(request, properties.maxPesos());
        if (litres != null && pesos != null) {
            throw new InvalidInputException("give a preset in litres or in pesos, not both");
        }
        BigDecimal stopAt = pesos != null ? pump.litresFor(fuel, pesos) : litres;
        if (stopAt != null && stopAt.signum() <= 0) {
            throw new InvalidInputException("a preset of $" + pesos + " buys no fuel");
        }
        StationLinks link = pumps.link(pumpId);
        CompletableFuture<Sale> done = pump.start(fuel, stopAt, link.reachable());
        link.sendState();
        return done;
    }
}
