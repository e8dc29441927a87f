package cl.fuelnet.model;

/** A request that is well formed but not allowed in the current state; answered with a 409. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
