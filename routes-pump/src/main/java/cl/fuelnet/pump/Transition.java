package cl.fuelnet.pump;

import cl.fuelnet.model.StateConflictException;

/**
 * The only moves a pump makes between its states. A move asked for in the wrong state is a conflict whose reason
 * names the pump, the move and the state it is in.
 */
public enum Transition {
    START("start a fill", DispenseState.FREE, DispenseState.DISPENSING),
    FINISH("finish a fill", DispenseState.DISPENSING, DispenseState.FREE),
    STOP("stop a fill", DispenseState.DISPENSING, DispenseState.FREE);

    private final String action;
    private final DispenseState from;
    private final DispenseState to;

    Transition(String action, DispenseState from, DispenseState to) {
        this.action = action;
        this.from = from;
        this.to = to;
    }

    /** The state this move leads to from the current one, or a conflict when it does not start there. */
    public DispenseState next(String pumpId, DispenseState current, String detail) {
        if (current != from) {
            throw new StateConflictException("pump " + pumpId + " cannot " + action + ": it is " + current
                    + (detail == null ? "" : " " + detail));
        }
        return to;
    }
}
