package cl.fuelnet.pump;

import cl.fuelnet.model.InvalidInputException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pumps this process runs, each with its station link, found by pump id or by the web port it answers on. */
@Component
public class Pumps {

    private final Map<String, Pump> byId = new LinkedHashMap<>();
    private final Map<String, StationLinks> links = new LinkedHashMap<>();
    private final Map<Integer, String> byPort = new LinkedHashMap<>();

    public Pumps(PumpProperties properties, PumpStore store, Clock pumpClock, SaleAcks acks) {
        for (int i = 0; i < properties.ids().size(); i++) {
            String id = properties.ids().get(i);
            Pump pump = new Pump(id, properties, store, pumpClock);
            byId.put(id, pump);
            links.put(id, new StationLinks(pump, store, acks));
            byPort.put(properties.webPorts().get(i), id);
        }
    }

    public Pump pump(String pumpId) {
        Pump pump = pumpId == null ? null : byId.get(pumpId);
        if (pump == null) {
            throw new InvalidInputException("no pump " + pumpId + " here");
        }
        return pump;
    }

    public StationLinks link(String pumpId) {
        pump(pumpId);
        return links.get(pumpId);
    }

    public String pumpOnPort(int port) {
        return byPort.get(port);
    }

    public Collection<Pump> all() {
        return byId.values();
    }

    public Map<Integer, String> ports() {
        return byPort;
    }
}
