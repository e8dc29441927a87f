package cl.fuelnet.hq;

import cl.fuelnet.model.Fuel;
import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.Times;
import cl.fuelnet.model.message.PriceUpdate;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base prices of head office, one numbered version per change. A change names any subset of fuels; the
 * fuels it does not name keep their price in the new version.
 */
@Component
public class PriceBook {

    private static final Logger LOG = LoggerFactory.getLogger(PriceBook.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final HqProperties properties;
    private volatile PriceUpdate current;

    public PriceBook(NamedParameterJdbcTemplate jdbc, HqProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.current = load();
    }

    public PriceUpdate current() {
        return current;
    }

    /** Checks a change from the API: known fuels, whole pesos above zero and under the ceiling. */
    public Map<String, Long> validate(JsonNode request) {
        JsonNode prices = request.get("prices");
        if (prices == null || !prices.isObject() || prices.isEmpty()) {
            throw new InvalidInputException("prices must be an object with at least one fuel");
        }
        Map<String, Long> change = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = prices.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Fuel fuel = Fuel.fromCode(entry.getKey());
            change.put(fuel.code(), wholePesos(fuel, entry.getValue()));
        }
        return change;
    }

    private long wholePesos(Fuel fuel, JsonNode value) {
        if (!value.isNumber() || !value.isIntegralNumber() && value.decimalValue().stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("price of " + fuel.code() + " must be a whole number of pesos");
        }
        if (value.decimalValue().signum() <= 0
                || value.decimalValue().compareTo(java.math.BigDecimal.valueOf(properties.priceCeiling())) > 0) {
            throw new InvalidInputException("price of " + fuel.code() + " must be above 0 and at most "
                    + properties.priceCeiling());
        }
        return value.decimalValue().longValueExact();
    }

    /** Records a new version holding the change over the current prices, and makes it current. */
    @Transactional
    public synchronized PriceUpdate apply(Map<String, Long> change, String origin) {
        return apply(change, origin, null);
    }

    /** As {@link #apply(Map, String)}, noting the held change that made the version, if any. */
    @Transactional
    public synchronized PriceUpdate apply(Map<String, Long> change, String origin, Long scheduleId) {
        Map<String, Long> prices = new LinkedHashMap<>(current.prices());
        prices.putAll(change);
        PriceUpdate next = new PriceUpdate(current.version() + 1, 0, prices);
        store(next, origin, scheduleId);
        current = next;
        LOG.info("Price version {} set ({}): {}", next.version(), origin, change);
        return next;
    }

    private void store(PriceUpdate update, String origin, Long scheduleId) {
        jdbc.update("""
                INSERT INTO price_version (version, created_at, origin, schedule_id)
                VALUES (:version, :at, :origin, :scheduleId)""",
                new MapSqlParameterSource().addValue("version", update.version())
                        .addValue("at", Times.stored(Instant.now())).addValue("origin", origin)
                        .addValue("scheduleId", scheduleId));
        update.prices().forEach((fuel, price) -> jdbc.update(
                "INSERT INTO price (version, fuel, price) VALUES (:version, :fuel, :price)",
                new MapSqlParameterSource().addValue("version", update.version()).addValue("fuel", fuel)
                        .addValue("price", price)));
    }

    private PriceUpdate load() {
        Long version = jdbc.getJdbcTemplate().queryForObject("SELECT MAX(version) FROM price_version", Long.class);
        if (version == null) {
            Map<String, Long> seed = new LinkedHashMap<>();
            for (Fuel fuel : Fuel.values()) {
                Long price = properties.initialPrices().get(fuel.code());
                if (price == null || price <= 0) {
                    throw new IllegalStateException("hq.initial-prices." + fuel.code() + " must be a positive price");
                }
                seed.put(fuel.code(), price);
            }
            PriceUpdate first = new PriceUpdate(1, 0, seed);
            store(first, "INITIAL", null);
            return first;
        }
        Map<String, Long> prices = new LinkedHashMap<>();
        jdbc.query("SELECT fuel, price FROM price WHERE version = :version ORDER BY fuel",
                Map.of("version", version), row -> {
                    prices.put(row.getString("fuel"), row.getLong("price"));
                });
        return new PriceUpdate(version, 0, prices);
    }
}
