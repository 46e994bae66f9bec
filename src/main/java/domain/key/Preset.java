package domain.key;

import java.math.BigDecimal;

/**
 * The key profiles of the reference's create-key prompt, each a nucleus size, a rotor size (decimal MB)
 * and a rotor count. CUSTOM sizes are built with {@link KeySize#custom}.
 */
public enum Preset {
    /** Reference: 0.25 MB nucleus, 2 rotors of 0.25 MB; C = 976^3, about 929.7 MB per iteration. */
    SMALL("0.25", "0.25", 2),
    /** Reference: MEDIUM / RECOMMENDED, 0.25 MB nucleus, 3 rotors of 0.25 MB; C = 976^4, about 907.4 GB. */
    MEDIUM("0.25", "0.25", 3),
    /** Reference: 1.00 MB nucleus, 3 rotors of 1.00 MB; C = 3906^4, about 232.8 TB. */
    BIG("1.00", "1.00", 3);

    /** The reference's default profile, suitable for most uses. */
    public static final Preset DEFAULT = MEDIUM;

    private final KeySize size;

    Preset(String nucleusMb, String rotorMb, int rotors) {
        this.size = new KeySize(new BigDecimal(nucleusMb), new BigDecimal(rotorMb), rotors);
    }

    /** The nucleus size, rotor size and rotor count of this profile. */
    public KeySize size() { return size; }
}
