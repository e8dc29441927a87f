package cl.fuelnet.model;

/** Input from outside (an HTTP body, a TCP frame, a setting) that breaks a rule; answered with a 400. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
