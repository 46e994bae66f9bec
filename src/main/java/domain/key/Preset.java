package domain.key;

import java.math.BigDecimal;

/** The key profiles of the reference's create-key prompt (CUSTOM is {@link KeySize#custom}). */
public enum Preset {
    SMALL("0.25", "0.25", 2),
    /** MEDIUM / RECOMMENDED, the default. */
    MEDIUM("0.25", "0.25", 3),
    BIG("1.00", "1.00", 3);

    private final KeySize size;

    Preset(String nucleusMb, String rotorMb, int rotors) {
        this.size = new KeySize(new BigDecimal(nucleusMb), new BigDecimal(rotorMb), rotors);
    }

    public KeySize size() { return size; }
}
