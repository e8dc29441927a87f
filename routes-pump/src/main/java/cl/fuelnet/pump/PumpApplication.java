package cl.fuelnet.pump;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Pumps ("Surtidores"). One process runs one or more pumps of a station, each with its own web port, its own
 * link to the station, its own prices, state and sales.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PumpApplication {

    public static void main(String[] args) {
        SpringApplication.run(PumpApplication.class, args);
    }
}
