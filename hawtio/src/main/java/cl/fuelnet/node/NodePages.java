package cl.fuelnet.node;

import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;

/**
 * The node's own dashboard at {@code /}: the tier is read from {@code spring.application.name} and its page is one
 * of the static pages of {@code ui-static}. {@code /swagger-ui} opens the node's API in Swagger UI, described as
 * OpenAPI at {@code /api-doc} from the node's REST DSL (defaults in {@code fuelnet-ui-defaults.properties}, which
 * a tier's own properties override).
 */
@PropertySource("classpath:fuelnet-ui-defaults.properties")
public class NodePages implements WebMvcConfigurer {

    static final Map<String, String> PAGE_OF_TIER = Map.of(
            "casa-matriz", "hq",
            "distribuidor", "station",
            "surtidor", "pump");

    private final String page;

    public NodePages(Environment environment) {
        this.page = PAGE_OF_TIER.get(environment.getProperty("spring.application.name", ""));
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        if (page != null) {
            registry.addViewController("/").setViewName("forward:/ui/" + page + "/index.html");
        }
        registry.addViewController("/swagger-ui").setViewName("forward:/ui/swagger/index.html");
    }
}
