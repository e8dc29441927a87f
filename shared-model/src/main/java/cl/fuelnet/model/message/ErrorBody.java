package cl.fuelnet.model.message;

/** Why a message was refused. */
public record ErrorBody(String error) {
}
