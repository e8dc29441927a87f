package cl.fuelnet.station;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.spi.RouteController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Dials HQ and redials it after a failed dial or a lost link, waiting an exponential backoff with jitter up to a
 * cap between tries (Camel's own reconnect waits a fixed interval). A dial is a start of the HQ link route, whose
 * client consumer connects once; a failed dial leaves the route stopped until the next one.
 */
@Component
public class HqDialer {

    private static final Logger LOG = LoggerFactory.getLogger(HqDialer.class);

    private final CamelContext camelContext;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hq-dialer");
        thread.setDaemon(true);
        return thread;
    });
    private int attempts;
    private ScheduledFuture<?> next;
    private volatile boolean closing;

    public HqDialer(@Lazy CamelContext camelContext, StationProperties properties) {
        this.camelContext = camelContext;
        this.backoff = properties.redialBackoff();
    }

    /** The first dial, once the routes run. */
    public synchronized void start() {
        schedule(0);
    }

    /** The link is up: the next loss starts the backoff from the first delay again. */
    public synchronized void connected() {
        attempts = 0;
    }

    /** The link dropped: redial after the backoff. */
    public synchronized void linkLost() {
        attempts++;
        schedule(backoff.delayMs(attempts));
    }

    /** Failed dials in a row since the link was last up. */
    public synchronized int attempts() {
        return attempts;
    }

    @EventListener(ContextClosedEvent.class)
    public void close() {
        closing = true;
        scheduler.shutdownNow();
    }

    private void schedule(long delayMs) {
        if (closing || next != null) {
            return;
        }
        next = scheduler.schedule(this::dial, delayMs, TimeUnit.MILLISECONDS);
    }

    private void dial() {
        synchronized (this) {
            next = null;
        }
        try {
            RouteController routes = camelContext.getRouteController();
            if (routes.getRouteStatus(StationLinkRoutes.HQ_ROUTE) != ServiceStatus.Stopped) {
                routes.stopRoute(StationLinkRoutes.HQ_ROUTE, 5, TimeUnit.SECONDS);
            }
            routes.startRoute(StationLinkRoutes.HQ_ROUTE);
        } catch (Exception e) {
            if (closing) {
                return;
            }
            synchronized (this) {
                attempts++;
                long delay = backoff.delayMs(attempts);
                LOG.debug("HQ unreachable ({}); dial {} again in {} ms", e.getMessage(), attempts, delay);
                schedule(delay);
            }
        }
    }
}
