package cl.fuelnet.pump;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** Settings of the pumps of this process, from {@code pump.*} properties. */
@ConfigurationProperties("pump")
public record PumpProperties(List<String> ids, List<Integer> webPorts, String stationHost, int stationPort,
                             BigDecimal flowLitresPerSecond, BigDecimal maxLitres, long maxPesos,
                             boolean offlineSales, long heartbeatIntervalMs, int missedHeartbeats,
                             long stationRedialMs, int maxFrameBytes, long tickMs, ZoneId zone,
                             @DefaultValue("2000") long ackWaitMs, @DefaultValue("500") long meterSaveMs) {

    public PumpProperties {
        if (ids == null || ids.isEmpty() || webPorts == null || ids.size() != webPorts.size()) {
            throw new IllegalArgumentException("pump.ids and pump.web-ports must list the same number of pumps");
        }
        for (String id : ids) {
            if (!id.matches("[A-Za-z0-9_]{1,15}-[A-Za-z0-9_]{1,15}")) {
                throw new IllegalArgumentException("pump id '" + id + "' must read STATION-PUMP, such as 1-1");
            }
        }
        if (flowLitresPerSecond == null || flowLitresPerSecond.signum() <= 0) {
            throw new IllegalArgumentException("pump.flow-litres-per-second must be positive");
        }
        if (maxLitres == null || maxLitres.signum() <= 0 || maxPesos <= 0) {
            throw new IllegalArgumentException("pump.max-litres and pump.max-pesos must be positive");
        }
    }

    /** A pump id reads STATION-PUMP: "2-3" is pump 3 of station 2. */
    public static String stationOf(String pumpId) {
        return pumpId.substring(0, pumpId.indexOf('-'));
    }

    public long silenceLimitMs() {
        return heartbeatIntervalMs * missedHeartbeats;
    }
}
