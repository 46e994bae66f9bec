package application.service;

import application.failure.InvalidRequest;
import application.failure.InvalidRequest.FieldError;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects field errors of one request, then throws them together as one {@link InvalidRequest}. */
final class Checks {
    /** A practical e-mail shape: one @, no spaces, a dot in the domain; at most 254 characters (RFC 5321). */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private final List<FieldError> errors = new ArrayList<>();

    /** Records an error when {@code ok} is false; returns {@code ok}. */
    boolean check(boolean ok, String field, String message) {
        if (!ok) errors.add(new FieldError(field, message));
        return ok;
    }

    /** Records a missing required field; returns true when present. */
    boolean required(Object value, String field) {
        return check(value != null, field, "is required");
    }

    /** Text of 1..max characters without control characters. */
    boolean text(String value, String field, int max) {
        if (!required(value, field)) return false;
        return check(!value.isBlank() && value.length() <= max && value.chars().noneMatch(Character::isISOControl),
                field, "must have 1.." + max + " characters and no control characters");
    }

    /** A Base64 MD5 (16 bytes, 24 characters with padding). */
    boolean md5(String value, String field) {
        if (!required(value, field)) return false;
        boolean ok;
        try {
            ok = value.length() == 24 && Base64.getDecoder().decode(value).length == 16;
        } catch (IllegalArgumentException e) {
            ok = false;
        }
        return check(ok, field, "must be the Base64 of a 16-byte MD5 (24 characters)");
    }

    /** Adds an error without a condition. */
    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws the collected errors, if any. */
    void throwIfAny() {
        if (!errors.isEmpty()) throw new InvalidRequest(errors);
    }

    /** The lower-case e-mail, or an error. */
    static String email(String value, String field) {
        if (value == null || value.length() > 254 || !EMAIL.matcher(value.trim()).matches()) {
            throw InvalidRequest.of(field, "must be an e-mail address (name@domain)");
        }
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
