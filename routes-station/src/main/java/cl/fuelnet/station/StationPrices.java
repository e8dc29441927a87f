package cl.fuelnet.station;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Money;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.PriceUpdate;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The station's price table: HQ's base prices, the station's markup and the effective prices they give. Every
 * change is stored with its HQ version and a station revision that grows with each set sent to the pumps, and
 * written to the price history; so a station restarted without HQ serves the prices it had.
 */
@Component
public class StationPrices {

    private static final Logger LOG = LoggerFactory.getLogger(StationPrices.class);
    private static final BigDecimal MAX_MARKUP = new BigDecimal("10");

    private final NamedParameterJdbcTemplate jdbc;
    private final StationJournal journal;
    private long version;
    private long revision;
    private BigDecimal markup;
    private final Map<String, Long> base = new TreeMap<>();

    public StationPrices(NamedParameterJdbcTemplate jdbc, StationProperties properties, StationJournal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.version = setting("price_version").map(Long::parseLong).orElse(0L);
        this.revision = setting("price_revision").map(Long::parseLong).orElse(0L);
        this.markup = setting("markup").map(BigDecimal::new).orElse(properties.markup());
        jdbc.query("SELECT fuel, price FROM base_price", row -> {
            base.put(row.getString("fuel"), row.getLong("price"));
        });
    }

    /** The prices the pumps should sell at now. */
    public synchronized PriceUpdate effective() {
        Map<String, Long> prices = new LinkedHashMap<>();
        base.forEach((fuel, price) -> prices.put(fuel, Money.effectivePrice(price, markup)));
        return new PriceUpdate(version, revision, prices);
    }

    public synchronized long version() {
        return version;
    }

    public synchronized BigDecimal markup() {
        return markup;
    }

    /** The API view: version, revision, base, markup and effective prices. */
    public synchronized Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        PriceUpdate effective = effective();
        view.put("version", version);
        view.put("revision", revision);
        view.put("base", new LinkedHashMap<>(base));
        view.put("markup", markup);
        view.put("effective", effective.prices());
        return view;
    }

    /**
     * Takes a base price set from HQ. A set no newer than the one held is ignored (null); otherwise the new
     * effective prices are returned, with a new revision.
     */
    @Transactional
    public synchronized PriceUpdate applyBase(PriceUpdate fromHq) {
        if (fromHq.version() <= version) {
            LOG.debug("Ignoring price version {}: version {} is applied", fromHq.version(), version);
            return null;
        }
        PriceUpdate before = effective();
        String at = Times.stored(Instant.now());
        fromHq.prices().forEach((fuel, price) -> {
            Long old = base.get(fuel);
            if (!Objects.equals(old, price)) {
                history(fuel, "BASE", old, price, fromHq.version(), revision + 1, "HQ", at);
            }
            jdbc.update("INSERT INTO base_price (fuel, price, version) VALUES (:fuel, :price, :version) "
                            + "ON CONFLICT (fuel) DO UPDATE SET price = :price, version = :version",
                    new MapSqlParameterSource("fuel", fuel).addValue("price", price)
                            .addValue("version", fromHq.version()));
        });
        base.putAll(fromHq.prices());
        version = fromHq.version();
        PriceUpdate after = nextRevision(before, "HQ", at);
        LOG.info("Price version {} from HQ applied as revision {}: {}", version, revision, after.prices());
        return after;
    }

    /** An operator's markup from the API; re-prices every fuel with origin LOCAL. */
    @Transactional
    public synchronized PriceUpdate changeMarkup(JsonNode request) {
        JsonNode value = request.get("markup");
        if (value == null || !value.isNumber()) {
            throw new InvalidInputException("markup must be a number such as 1.05");
        }
        BigDecimal next = value.decimalValue();
        if (next.signum() <= 0 || next.compareTo(MAX_MARKUP) > 0 || next.scale() > 6) {
            throw new InvalidInputException("markup must be above 0, at most " + MAX_MARKUP
                    + " and have at most six decimals");
        }
        PriceUpdate before = effective();
        String at = Times.stored(Instant.now());
        history(null, "MARKUP", markup, next, version, revision + 1, "LOCAL", at);
        markup = next;
        saveSetting("markup", next.toPlainString());
        PriceUpdate after = nextRevision(before, "LOCAL", at);
        LOG.info("Markup changed to {}: revision {} prices {}", next, revision, after.prices());
        return after;
    }

    private PriceUpdate nextRevision(PriceUpdate before, String origin, String at) {
        revision++;
        PriceUpdate after = effective();
        after.prices().forEach((fuel, price) -> {
            Long old = before.prices().get(fuel);
            if (!Objects.equals(old, price)) {
                history(fuel, "EFFECTIVE", old, price, version, revision, origin, at);
            }
        });
        saveSetting("price_version", Long.toString(version));
        saveSetting("price_revision", Long.toString(revision));
        return after;
    }

    private void history(String fuel, String kind, Object oldValue, Object newValue, long ver, long rev,
                         String origin, String at) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fuel", fuel);
        row.put("kind", kind);
        row.put("oldValue", oldValue == null ? null : oldValue.toString());
        row.put("newValue", newValue.toString());
        row.put("version", ver);
        row.put("revision", rev);
        row.put("origin", origin);
        row.put("changedAt", at);
        jdbc.update("INSERT INTO price_history (fuel, kind, old_value, new_value, version, revision, origin, "
                + "changed_at) VALUES (:fuel, :kind, :oldValue, :newValue, :version, :revision, :origin, "
                + ":changedAt)", row);
        journal.priceChange(row);
    }

    private java.util.Optional<String> setting(String name) {
        return jdbc.query("SELECT value FROM station_setting WHERE name = :name", Map.of("name", name),
                (row, n) -> row.getString("value")).stream().findFirst();
    }

    private void saveSetting(String name, String value) {
        jdbc.update("INSERT INTO station_setting (name, value) VALUES (:name, :value) "
                + "ON CONFLICT (name) DO UPDATE SET value = :value", Map.of("name", name, "value", value));
    }
}
