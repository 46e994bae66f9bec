package adapters.in.rest;

import application.failure.InvalidRequest;
import java.util.Optional;
import java.util.UUID;

/** Parses path and header values into the use cases' types; bad values are 422 {@code validation_failed}. */
final class Params {
    private Params() { }

    /** A UUID path or header value. */
    static UUID uuid(String value, String name) {
        try {
            if (value == null || value.length() != 36) throw new IllegalArgumentException();
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of(name, "must be a UUID");
        }
    }

    /** An optional UUID header. */
    static Optional<UUID> optionalUuid(String value, String name) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(uuid(value, name));
    }

    /** An iteration sequence number (0..2^31-1). */
    static int seq(String value) {
        try {
            int seq = Integer.parseInt(value);
            if (seq < 0) throw new NumberFormatException();
            return seq;
        } catch (NumberFormatException e) {
            throw InvalidRequest.of("seq", "must be an integer >= 0");
        }
    }

    /** A required request body. */
    static <T> T body(T body) {
        if (body == null) throw InvalidRequest.of("body", "a JSON request body is required");
        return body;
    }
}
