package cl.fuelnet.pump;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Gives every pump of the process its own web port: one connector per port, and a filter that tells the API which
 * pump a request is for by the port it came in on (a client cannot choose it with a header of its own).
 */
@Configuration
public class PumpWeb {

    public static final String PUMP_HEADER = "FuelPumpId";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pumpPorts(PumpProperties properties) {
        return factory -> properties.webPorts().stream()
                .filter(port -> port != factory.getPort())
                .forEach(port -> {
                    Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
                    connector.setPort(port);
                    factory.addAdditionalTomcatConnectors(connector);
                });
    }

    @Bean
    Filter pumpByPort(ObjectProvider<Pumps> pumps) {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String pumpId = pumps.getObject().pumpOnPort(request.getLocalPort());
            chain.doFilter(new PumpRequest(http, pumpId), response);
        };
    }

    /** A request that carries the pump of its port as a header, whatever the client sent under that name. */
    private static final class PumpRequest extends HttpServletRequestWrapper {
        private final String pumpId;

        PumpRequest(HttpServletRequest request, String pumpId) {
            super(request);
            this.pumpId = pumpId;
        }

        @Override
        public String getHeader(String name) {
            return PUMP_HEADER.equalsIgnoreCase(name) ? pumpId : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (PUMP_HEADER.equalsIgnoreCase(name)) {
                return pumpId == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(pumpId));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !PUMP_HEADER.equalsIgnoreCase(name)).forEach(names::add);
            if (pumpId != null) {
                names.add(PUMP_HEADER);
            }
            return Collections.enumeration(names);
        }
    }
}
