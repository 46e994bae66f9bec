package application.failure;

import java.util.List;

/** Fields of the request break the API's rules (422 {@code validation_failed}, member {@code errors}). */
public final class InvalidRequest extends EcsFailure {
    private final List<FieldError> errors;

    /** @param errors one entry per invalid field, at least one */
    public InvalidRequest(List<FieldError> errors) {
        super(errors.size() == 1 ? errors.getFirst().field() + " " + errors.getFirst().message()
                : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    /** One invalid field. */
    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldError(field, message)));
    }

    /** The invalid fields. */
    public List<FieldError> errors() { return errors; }

    /** A field (JSON name, or a header name) and what is wrong with it. */
    public record FieldError(String field, String message) { }
}
