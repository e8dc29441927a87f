package cl.fuelnet.node;

import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** What every node gets: the shared JSON mapper, the HTTP error policy and its dashboard at {@code /}. */
@AutoConfiguration
@Import({ApiErrorPolicy.class, NodePages.class})
public class NodeSupportConfiguration {

    @Bean
    @Primary
    public ObjectMapper fuelObjectMapper() {
        return WireCodec.newMapper();
    }
}
