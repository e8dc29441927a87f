package cl.fuelnet.pump;

/** The two states of a pump: free to start a fill, or dispensing one. */
public enum DispenseState {
    FREE,
    DISPENSING
}
