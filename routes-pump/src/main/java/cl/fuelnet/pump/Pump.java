package cl.fuelnet.pump;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.Money;
import cl.fuelnet.model.StateConflictException;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.PumpState;
import cl.fuelnet.model.message.Sale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One pump: FREE or DISPENSING, the prices it sells at and the prices it holds back. The price of a fill is
 * captured when it starts; price sets that arrive during the fill are buffered (the newest wins) and applied when
 * it ends. A fill runs at the simulated flow until its preset, the pump's maximum, or a stop by hand.
 */
public class Pump {

    public static final String FREE = "FREE";
    public static final String DISPENSING = "DISPENSING";

    private final String pumpId;
    private final String stationId;
    private final PumpProperties properties;
    private final PumpStore store;
    private final Clock clock;

    private long priceVersion;
    private long priceRevision;
    private Map<String, Long> prices;
    private PriceUpdate buffered;
    private long lastSeq;
    private final Map<String, BigDecimal> totalizers;
    private Fill fill;

    /** A fill in progress: the fuel, the price captured at its start, and where it stops. */
    private record Fill(String fuel, long price, long priceVersion, long startedAtMillis, BigDecimal stopAtLitres,
                        CompletableFuture<Sale> done) {
    }

    public Pump(String pumpId, PumpProperties properties, PumpStore store, Clock clock) {
        this.pumpId = pumpId;
        this.stationId = PumpProperties.stationOf(pumpId);
        this.properties = properties;
        this.store = store;
        this.clock = clock;
        PumpStore.Saved saved = store.load(pumpId);
        this.priceVersion = saved.priceVersion();
        this.priceRevision = saved.priceRevision();
        this.prices = new TreeMap<>(saved.prices());
        this.buffered = saved.pending().isEmpty() ? null
                : new PriceUpdate(saved.pendingVersion(), saved.pendingRevision(), saved.pending());
        this.lastSeq = saved.lastSeq();
        this.totalizers = new TreeMap<>(saved.totalizers());
        applyBuffered();
    }

    public String pumpId() {
        return pumpId;
    }

    public synchronized boolean isFree() {
        return fill == null;
    }

    /**
     * A price set from the station: applied at once when FREE; held (the newest wins) while DISPENSING. A set
     * older than the one applied or held is ignored. Answers whether anything changed.
     */
    public synchronized boolean offer(PriceUpdate update) {
        long newest = buffered != null ? Math.max(buffered.revision(), priceRevision) : priceRevision;
        if (update.revision() <= newest) {
            return false;
        }
        buffered = update;
        if (fill == null) {
            applyBuffered();
        } else {
            store.savePrices(pumpId, priceVersion, priceRevision, prices, pendingRecord());
        }
        return true;
    }

    /** Starts a fill of a fuel the pump has a price for, stopping at the given litres (or the pump's maximum). */
    public synchronized CompletableFuture<Sale> start(Fuel fuel, BigDecimal stopAtLitres, boolean stationReachable) {
        if (fill != null) {
            throw new StateConflictException("pump " + pumpId + " is already dispensing " + fill.fuel);
        }
        Long price = prices.get(fuel.code());
        if (price == null) {
            throw new StateConflictException("pump " + pumpId + " has no price for " + fuel.code());
        }
        if (!stationReachable && !properties.offlineSales()) {
            throw new StateConflictException("pump " + pumpId + " cannot reach its station and may not sell offline");
        }
        BigDecimal limit = stopAtLitres == null ? properties.maxLitres() : stopAtLitres.min(properties.maxLitres());
        fill = new Fill(fuel.code(), price, priceVersion, clock.millis(), limit, new CompletableFuture<>());
        return fill.done;
    }

    /** Litres for a peso preset at the price this pump sells the fuel at now. */
    public synchronized BigDecimal litresFor(Fuel fuel, long pesos) {
        Long price = prices.get(fuel.code());
        if (price == null) {
            throw new StateConflictException("pump " + pumpId + " has no price for " + fuel.code());
        }
        return Money.litresForAmount(pesos, price);
    }

    /** Ends the fill at the given litres, or at what the meter shows when null. */
    public synchronized Sale finish(BigDecimal litres) {
        if (fill == null) {
            throw new StateConflictException("pump " + pumpId + " is not dispensing");
        }
        BigDecimal volume = litres != null ? Money.litres(litres) : meter();
        Fill ended = fill;
        String fuel = ended.fuel;
        BigDecimal totalizer = totalizers.getOrDefault(fuel, BigDecimal.ZERO.setScale(3)).add(volume);
        Sale sale = new Sale(UUID.randomUUID().toString(), pumpId, stationId, lastSeq + 1, fuel, volume,
                ended.price, Money.saleTotal(volume, ended.price), clock.instant(), ended.priceVersion, totalizer);
        Map<String, BigDecimal> nextTotalizers = new TreeMap<>(totalizers);
        nextTotalizers.put(fuel, totalizer);
        store.saleMade(sale, today(), nextTotalizers);
        totalizers.put(fuel, totalizer);
        lastSeq = sale.seq();
        fill = null;
        applyBuffered();
        ended.done.complete(sale);
        return sale;
    }

    /** Called on every tick: a fill that reached its stop ends there. Answers the sale if one ended. */
    public synchronized Sale tick() {
        if (fill != null && meter().compareTo(fill.stopAtLitres) >= 0) {
            return finish(fill.stopAtLitres);
        }
        return null;
    }

    public synchronized PumpState state() {
        return new PumpState(pumpId, fill == null ? FREE : DISPENSING, priceVersion, priceRevision,
                Map.copyOf(prices), pending());
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** The API view: state, prices, pending prices, the fill in progress and the day's counters. */
    public synchronized Map<String, Object> view(String stationLink, long unacked) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pumpId", pumpId);
        view.put("stationId", stationId);
        view.put("state", fill == null ? FREE : DISPENSING);
        view.put("stationLink", stationLink);
        view.put("prices", new TreeMap<>(prices));
        view.put("priceVersion", priceVersion);
        view.put("priceRevision", priceRevision);
        view.put("pendingPrices", pending());
        if (fill != null) {
            BigDecimal litres = meter();
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("fuel", fill.fuel);
            progress.put("pricePerLitre", fill.price);
            progress.put("litres", litres);
            progress.put("amount", Money.saleTotal(litres, fill.price));
            progress.put("stopAtLitres", fill.stopAtLitres);
            view.put("fill", progress);
        }
        view.put("counters", store.dayCounters(pumpId, today()));
        view.put("totalizers", new TreeMap<>(totalizers));
        view.put("lastSeq", lastSeq);
        view.put("unackedSales", unacked);
        return view;
    }

    private BigDecimal meter() {
        long elapsed = Math.max(0, clock.millis() - fill.startedAtMillis);
        BigDecimal poured = properties.flowLitresPerSecond().multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(1000), Money.LITRE_SCALE, RoundingMode.DOWN);
        return poured.min(fill.stopAtLitres);
    }

    private Map<String, Long> pending() {
        Map<String, Long> pending = new TreeMap<>();
        if (buffered != null) {
            buffered.prices().forEach((fuel, price) -> {
                if (!price.equals(prices.get(fuel))) {
                    pending.put(fuel, price);
                }
            });
        }
        return pending;
    }

    private void applyBuffered() {
        if (buffered != null && fill == null) {
            priceVersion = buffered.version();
            priceRevision = buffered.revision();
            prices = new TreeMap<>(buffered.prices());
            buffered = null;
            store.savePrices(pumpId, priceVersion, priceRevision, prices, null);
        }
    }

    private Map<String, Object> pendingRecord() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("version", buffered.version());
        record.put("revision", buffered.revision());
        record.put("prices", buffered.prices());
        return record;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }
}
