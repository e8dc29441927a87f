package cl.fuelnet.model;

/** A request for something that does not exist (a price version never set, say); answered with a 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
