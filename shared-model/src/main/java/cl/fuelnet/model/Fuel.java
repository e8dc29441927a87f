package cl.fuelnet.model;

import java.util.Arrays;

/** The five fuels sold in the network, each known on the wire by its code. */
public enum Fuel {
    G93("93"),
    G95("95"),
    G97("97"),
    DIESEL("DIESEL"),
    KEROSENE("KEROSENE");

    private final String code;

    Fuel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The fuel with this wire code; an unknown code is bad input, not a programming error. */
    public static Fuel fromCode(String code) {
        return Arrays.stream(values())
                .filter(f -> f.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown fuel: " + code));
    }

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(f -> f.code.equals(code));
    }
}
