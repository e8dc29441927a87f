package cl.fuelnet.station;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Backups on the quartz schedule of {@code station.backup-cron} and on the operator's demand. */
@Component
public class StationBackupRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("quartz://station/backup?cron={{station.backup-cron}}").routeId("station-backup-schedule")
                .to("direct:take-backup");

        from("direct:take-backup").routeId("station-take-backup")
                .bean(StationBackups.class, "take").id("take-backup");
    }
}
