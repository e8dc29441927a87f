package cl.fuelnet.pump;

import cl.fuelnet.model.StateConflictException;
import org.apache.camel.CamelContext;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops and starts one pump of the process as if it were its own machine: its station link closes and its web
 * port stops answering; on start both come back, and the pump resends what the station has not acknowledged.
 */
@Component
public class PumpControl {

    private static final Logger LOG = LoggerFactory.getLogger(PumpControl.class);

    private final Pumps pumps;
    private final CamelContext camel;
    private final ServletWebServerApplicationContext web;
    private final Set<String> stopped = ConcurrentHashMap.newKeySet();

    public PumpControl(Pumps pumps, CamelContext camel, ServletWebServerApplicationContext web) {
        this.pumps = pumps;
        this.camel = camel;
        this.web = web;
    }

    public synchronized Map<String, Object> stop(String pumpId) throws Exception {
        pumps.pump(pumpId);
        if (stopped.add(pumpId)) {
            camel.getRouteController().stopRoute(PumpRoutes.linkRouteId(pumpId));
            connector(pumpId).stop();
            LOG.info("Pump {} stopped", pumpId);
        }
        return status(pumpId);
    }

    public synchronized Map<String, Object> start(String pumpId) throws Exception {
        pumps.pump(pumpId);
        if (stopped.remove(pumpId)) {
            connector(pumpId).start();
            camel.getRouteController().startRoute(PumpRoutes.linkRouteId(pumpId));
            LOG.info("Pump {} started", pumpId);
        }
        return status(pumpId);
    }

    public Map<String, Object> status(String pumpId) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("pumpId", pumpId);
        status.put("running", !stopped.contains(pumpId));
        return status;
    }

    private Connector connector(String pumpId) throws LifecycleException {
        int port = pumps.ports().entrySet().stream().filter(e -> e.getValue().equals(pumpId))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        TomcatWebServer server = (TomcatWebServer) web.getWebServer();
        return Arrays.stream(server.getTomcat().getService().findConnectors())
                .filter(c -> c.getPort() == port || c.getLocalPort() == port)
                .findFirst()
                .orElseThrow(() -> new StateConflictException("pump " + pumpId + " has no web port of its own here"));
    }
}
