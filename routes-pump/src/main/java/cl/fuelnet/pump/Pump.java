package cl.fuelnet.pump;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Money;
import cl.fuelnet.model.StateConflictException;
import cl.fuelnet.model.message.PriceUpdate;
import cl.fuelnet.model.message.PumpState;
import cl.fuelnet.model.message.Sale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * it ends. A fill runs at the simulated flow until its preset, the pump's maximum, or a stop by hand. The open fill
 * and its meter are kept on disk, so a fill cut off by the end of the process becomes a sale at the litres last
 * metered when the pump starts again.
 */
public class Pump {

    private static final Logger LOG = LoggerFactory.getLogger(Pump.class);

    private final String pumpId;
    private final String stationId;
    private final PumpProperties properties;
    private final PumpStore store;
    private final Clock clock;

    private DispenseState state = DispenseState.FREE;
    private long priceVersion;
    private long priceRevision;
    private Map<String, Long> prices;
    private PriceUpdate buffered;
    private long lastSeq;
    private final Map<String, BigDecimal> totalizers;
    private Fill fill;
    private long meterSavedAtMillis;

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
        store.openFill(pumpId).ifPresent(this::closeCutOffFill);
        applyBuffered();
    }

    public String pumpId() {
        return pumpId;
    }

    public synchronized boolean isFree() {
        return state == DispenseState.FREE;
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
        if (isFree()) {
            applyBuffered();
        } else {
            store.savePrices(pumpId, priceVersion, priceRevision, prices, pendingRecord());
        }
        return true;
    }

    /**
     * Starts a fill of a fuel the pump has a price for, capturing that price, and stopping at the given litres
     * (or the pump's maximum). Refused while dispensing, for a fuel without a price, and offline when the pump may
     * not sell without its station.
     */
    public synchronized CompletableFuture<Sale> start(Fuel fuel, BigDecimal stopAtLitres, boolean stationReachable) {
        DispenseState next = Transition.START.next(pumpId, state, fill == null ? null : fill.fuel);
        Long price = prices.get(fuel.code());
        if (price == null) {
            throw new StateConflictException("pump " + pumpId + " has no price for " + fuel.code());
        }
        if (!stationReachable && !properties.offlineSales()) {
            throw new StateConflictException("pump " + pumpId + " cannot reach its station and may not sell offline");
        }
        BigDecimal limit = stopAtLitres == null ? properties.maxLitres() : stopAtLitres.min(properties.maxLitres());
        Fill started = new Fill(fuel.code(), price, priceVersion, clock.millis(), Money.litres(limit),
                new CompletableFuture<>());
        store.fillStarted(pumpId, new PumpStore.OpenFill(started.fuel, price, priceVersion, started.stopAtLitres,
                BigDecimal.ZERO.setScale(Money.LITRE_SCALE)), clock.instant());
        fill = started;
        meterSavedAtMillis = started.startedAtMillis;
        state = next;
        return started.done;
    }

    /** Litres for a peso preset at the price this pump sells the fuel at now. */
    public synchronized BigDecimal litresFor(Fuel fuel, long pesos) {
        Long price = prices.get(fuel.code());
        if (price == null) {
            throw new StateConflictException("pump " + pumpId + " has no price for " + fuel.code());
        }
        return Money.litresForAmount(pesos, price);
    }

    /** Ends the fill at the litres the nozzle reports; they may not pass the fill's preset. */
    public synchronized Sale finish(BigDecimal litres) {
        DispenseState next = Transition.FINISH.next(pumpId, state, null);
        if (litres.compareTo(fill.stopAtLitres) > 0) {
            throw new InvalidInputException("litres " + litres.toPlainString() + " are above the fill's preset of "
                    + fill.stopAtLitres.toPlainString());
        }
        state = next;
        return close(Money.litres(litres));
    }

    /** Stops the fill by hand at what the meter shows. */
    public synchronized Sale stop() {
        state = Transition.STOP.next(pumpId, state, null);
        return close(meter());
    }

    /**
     * Called on every tick: a fill that reached its stop ends there and its sale is the answer; otherwise the meter
     * is recorded now and then so that a fill cut off by the end of the process loses little.
     */
    public synchronized Sale tick() {
        if (fill == null) {
            return null;
        }
        BigDecimal metered = meter();
        if (metered.compareTo(fill.stopAtLitres) >= 0) {
            state = Transition.FINISH.next(pumpId, state, null);
            return close(fill.stopAtLitres);
        }
        long now = clock.millis();
        if (now - meterSavedAtMillis >= properties.meterSaveMs()) {
            store.metered(pumpId, metered);
            meterSavedAtMillis = now;
        }
        return null;
    }

    public synchronized PumpState state() {
        return new PumpState(pumpId, state.name(), priceVersion, priceRevision, Map.copyOf(prices), pending());
    }

    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** The API view: state, prices, pending prices, the fill in progress and the day's counters. */
    public synchronized Map<String, Object> view(String stationLink, long unacked) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pumpId", pumpId);
        view.put("stationId", stationId);
        view.put("state", state.name());
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

    /** Turns the open fill into a sale at the given litres, billed at the price captured when it started. */
    private Sale close(BigDecimal volume) {
        Fill ended = fill;
        String fuel = ended.fuel;
        BigDecimal totalizer = totalizers.getOrDefault(fuel, BigDecimal.ZERO.setScale(Money.LITRE_SCALE)).add(volume);
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

    /** A fill the previous process did not end: a sale at the litres last metered, or nothing if none poured. */
    private void closeCutOffFill(PumpStore.OpenFill open) {
        if (open.litres().signum() == 0) {
            store.fillDropped(pumpId);
            LOG.info("Pump {} dropped a fill of {} cut off before any litre was metered", pumpId, open.fuel());
            return;
        }
        fill = new Fill(open.fuel(), open.price(), open.priceVersion(), clock.millis(), open.stopAtLitres(),
                new CompletableFuture<>());
        Sale sale = close(open.litres());
        LOG.info("Pump {} closed a fill cut off by a restart as sale {}: {} L of {} at ${} per litre", pumpId,
                sale.seq(), sale.litres().toPlainString(), sale.fuel(), sale.pricePerLitre());
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
        if (buffered != null && isFree()) {
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
