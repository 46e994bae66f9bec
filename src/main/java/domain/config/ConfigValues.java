package domain.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The value rules of config.ini, the environment overrides and set-config. */
public final class ConfigValues {
    /** Upper bound of the cache capacities in decimal GB (reference: 0..1000, fractions allowed). */
    public static final BigDecimal MAX_CACHE_GB = BigDecimal.valueOf(1000);
    /** Traditional-layer password rule of set-config (reference): at least 8 characters. */
    static final int MIN_PASSWORD_LENGTH = 8;

    private ConfigValues() { }

    /** Booleans of the reference: 1/true/yes/on and 0/false/no/off, any case. */
    public static boolean parseBoolean(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not a boolean (use 1/true/yes/on or 0/false/no/off)");
        };
    }

    /** A UUID, or empty for a blank value ("no default"). */
    public static Optional<UUID> parseOptionalUuid(String s) {
        if (s.isBlank()) return Optional.empty();
        try {
            UUID u = UUID.fromString(s.strip());
            if (!u.toString().equalsIgnoreCase(s.strip())) throw new IllegalArgumentException();
            return Optional.of(u);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' is not a UUID");
        }
    }

    /** A decimal GB value in 0..1000 (fractions allowed). */
    public static BigDecimal parseGb(String s) {
        BigDecimal v;
        try {
            v = new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
        if (v.signum() < 0 || v.compareTo(MAX_CACHE_GB) > 0) {
            throw new IllegalArgumentException("'" + s + "' is outside 0..1000 GB");
        }
        return v;
    }

    /**
     * The set-config complexity rule for a non-empty traditional-layer password: at least 8 characters,
     * a letter, a digit, no whitespace. The message never repeats the password.
     */
    public static void requireStrongPassword(String p) {
        boolean letter = p.chars().anyMatch(Character::isLetter);
        boolean digit = p.chars().anyMatch(Character::isDigit);
        boolean space = p.chars().anyMatch(Character::isWhitespace);
        if (p.length() < MIN_PASSWORD_LENGTH || !letter || !digit || space) {
            throw new IllegalArgumentException("the traditional-layer password must have at least 8 characters, "
                    + "a letter and a digit, and no whitespace");
        }
    }
}
