package cl.fuelnet.node.security;

import cl.fuelnet.model.message.ErrorBody;
import cl.fuelnet.node.JsonBodies;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.nio.file.Path;

/**
 * Who may do what on a node. The console and Jolokia, and every change through the API (prices, markup,
 * backups, sync, pump control), need the admin login; HTTP Basic is accepted so scripts can call them. Reading
 * (GET) and a customer's dispensing at a pump stay open unless {@code fuel.security.open-reads=false}.
 * A refusal is a 401 or 403 with a JSON error, like every other error of the API.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@EnableWebSecurity
public class NodeSecurity {

    static final String REALM = "fuelnet";

    @Bean
    PasswordEncoder adminPasswordEncoder() {
        return new BCryptPasswordEncoder(8);
    }

    @Bean
    UserDetailsService adminUsers(@Value("${fuel.admin.user:${FUEL_ADMIN_USER:admin}}") String user,
                                  @Value("${fuel.admin.password:${FUEL_ADMIN_PASSWORD:}}") String password,
                                  @Value("${fuelnet.data-dir}") String dataDir, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(AdminAccount.load(user, password, Path.of(dataDir), encoder));
    }

    @Bean
    SecurityFilterChain nodeSecurityChain(HttpSecurity http,
                                          @Value("${fuel.security.open-reads:true}") boolean openReads)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> {
                    // The answer to a request already decided on (a 404, an error) is not a second request.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
                    requests.requestMatchers("/actuator/hawtio/**", "/actuator/jolokia/**", "/control/**")
                            .hasRole("ADMIN");
                    requests.requestMatchers("/actuator/health/**", "/actuator/health").permitAll();
                    requests.requestMatchers(HttpMethod.POST, "/api/dispense", "/api/dispense/**").permitAll();
                    if (openReads) {
                        requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
                        requests.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
                    }
                    requests.anyRequest().hasRole("ADMIN");
                })
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(refuse(401)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refuse(401))
                        .accessDeniedHandler(denied()));
        return http.build();
    }

    private static AuthenticationEntryPoint refuse(int status) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            write(response, status, "admin login required");
        };
    }

    private static AccessDeniedHandler denied() {
        return (request, response, exception) -> write(response, 403, "not allowed for this login");
    }

    private static void write(HttpServletResponse response, int status, String error) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(JsonBodies.write(new ErrorBody(error)));
    }
}
