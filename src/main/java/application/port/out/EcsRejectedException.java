package application.port.out;

import java.util.List;

/**
 * The ECS refused the values of a request (HTTP 422, or another refusal with a stable problem code): the message is
 * the ECS's detail; {@code code} its stable problem code; {@code errors} the fields it names.
 */
public class EcsRejectedException extends EcsException {
    private final String code;
    private final List<String> errors;

    public EcsRejectedException(String code, String message, List<String> errors) {
        super(message);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** The problem's stable {@code code} (docs/http-ecs.openapi.yaml), or null. */
    public String code() { return code; }

    /** One line per field the ECS refused ({@code field: message}). */
    public List<String> errors() { return errors; }
}
