package cl.fuelnet.pump;

import cl.fuelnet.model.message.Sale;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The station's acknowledgements of sales. An API call that made a sale may wait here, for a bounded time, until
 * the station holds it; a lost link ends the wait at once.
 */
@Component
public class SaleAcks {

    private final PumpStore store;
    private final Map<String, Waiter> waiting = new ConcurrentHashMap<>();

    private record Waiter(String pumpId, CompletableFuture<Boolean> acked) {
    }

    public SaleAcks(PumpStore store) {
        this.store = store;
    }

    /** The station stored the sale: the pump may forget it, and whoever waits for it is told. */
    public void acked(String pumpId, String saleId) {
        store.acked(pumpId, saleId);
        Waiter waiter = waiting.get(saleId);
        if (waiter != null) {
            waiter.acked.complete(true);
        }
    }

    /** The link of a pump dropped: no acknowledgement will come on it. */
    public void linkLost(String pumpId) {
        waiting.values().stream().filter(waiter -> waiter.pumpId.equals(pumpId))
                .forEach(waiter -> waiter.acked.complete(false));
    }

    /**
     * Whether the station acknowledged the sale: waits up to the given time while the link is up, answers at once
     * when it is down.
     */
    public boolean await(Sale sale, StationLinks link, long waitMillis) {
        Waiter waiter = waiting.computeIfAbsent(sale.saleId(),
                id -> new Waiter(sale.pumpId(), new CompletableFuture<>()));
        try {
            if (store.isAcked(sale.pumpId(), sale.saleId())) {
                return true;
            }
            if (!link.reachable()) {
                return false;
            }
            return waiter.acked.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.remove(sale.saleId());
        }
    }
}
