package cl.fuelnet.hq;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Head office ("Casa Matriz"): sets base prices, watches the stations and consolidates their sales. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HqApplication {

    public static void main(String[] args) {
        SpringApplication.run(HqApplication.class, args);
    }
}
