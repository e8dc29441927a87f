package cl.fuelnet.node;

import cl.fuelnet.model.InvalidInputException;
import cl.fuelnet.model.NotFoundException;
import cl.fuelnet.model.StateConflictException;
import cl.fuelnet.model.message.ErrorBody;
import cl.fuelnet.model.message.WireCodec;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The one error policy of every node's HTTP API: bad input is a 400, something that does not exist a 404, a
 * state conflict a 409, anything else a 500; each with a JSON {@code {"error": "..."}} and never a stack trace.
 * Routes opt in with {@code routeConfigurationId(ApiErrorPolicy.ID)}.
 */
@Component
public class ApiErrorPolicy extends RouteConfigurationBuilder {

    public static final String ID = "api-errors";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(InvalidInputException.class, JsonProcessingException.class)
                    .handled(true)
                    .process(exchange -> answer(exchange, 400))
                .end()
                .onException(NotFoundException.class)
                    .handled(true)
                    .process(exchange -> answer(exchange, 404))
                .end()
                .onException(StateConflictException.class)
                    .handled(true)
                    .process(exchange -> answer(exchange, 409))
                .end()
                .onException(Exception.class)
                    .handled(true)
                    .log(org.apache.camel.LoggingLevel.ERROR, "API failure: ${exception.stacktrace}")
                    .process(exchange -> answer(exchange, 500))
                .end();
    }

    private static void answer(Exchange exchange, int status) throws JsonProcessingException {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = status == 500 || caught == null || caught.getMessage() == null
                ? "internal error" : caught.getMessage();
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(WireCodec.mapper().writeValueAsString(new ErrorBody(reason)));
    }
}
