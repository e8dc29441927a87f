package cl.fuelnet.pump;

import cl.fuelnet.model.message.Sale;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a test station keeps of the sales it received, across its own restarts: every delivery is counted, and a
 * sale is stored once by its id, as the real station's idempotent consumer does.
 */
final class StationLedger {

    private final Map<String, Sale> stored = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    /** Counts a delivery; answers whether the sale was new. */
    boolean deliver(Sale sale) {
        deliveries.computeIfAbsent(sale.saleId(), id -> new AtomicInteger()).incrementAndGet();
        return stored.putIfAbsent(sale.saleId(), sale) == null;
    }

    boolean holds(String saleId) {
        return stored.containsKey(saleId);
    }

    Sale sale(String saleId) {
        return stored.get(saleId);
    }

    /** The id of the one sale stored; fails when there is not exactly one. */
    String onlySaleId() {
        if (stored.size() != 1) {
            throw new IllegalStateException("expected one stored sale, found " + stored.keySet());
        }
        return stored.keySet().iterator().next();
    }

    int storedCount() {
        return stored.size();
    }

    int deliveries(String saleId) {
        AtomicInteger count = deliveries.get(saleId);
        return count == null ? 0 : count.get();
    }
}
