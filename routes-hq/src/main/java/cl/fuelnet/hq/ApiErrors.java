package cl.fuelnet.hq;

import cl.fuelnet.model.message.ErrorBody;
import cl.fuelnet.node.JsonBodies;

/** The JSON body of an API error that the shared error policy does not answer itself. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static String body(String reason) {
        return JsonBodies.write(new ErrorBody(reason));
    }
}
