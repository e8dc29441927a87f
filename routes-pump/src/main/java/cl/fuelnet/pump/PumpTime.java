package cl.fuelnet.pump;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The clock the pumps read for their flow, their sale times and the day their counters belong to. */
@Configuration
public class PumpTime {

    @Bean
    public Clock pumpClock() {
        return Clock.systemUTC();
    }
}
