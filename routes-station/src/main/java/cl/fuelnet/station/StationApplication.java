package cl.fuelnet.station;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** A service station ("Distribuidor"): prices its pumps from HQ's base prices, stores their sales, syncs them up. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StationApplication {

    public static void main(String[] args) {
        SpringApplication.run(StationApplication.class, args);
    }
}
