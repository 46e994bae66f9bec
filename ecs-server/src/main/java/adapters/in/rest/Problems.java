package adapters.in.rest;

import application.failure.CapacityExhausted;
import application.failure.DatabaseUnavailable;
import application.failure.DeltaOutOfSequence;
import application.failure.DeltaSequenceTaken;
import application.failure.DeltaTooLarge;
import application.failure.EcsFailure;
import application.failure.Forbidden;
import application.failure.IdempotencyKeyReused;
import application.failure.InternalStorageImmutable;
import application.failure.InvalidRequest;
import application.failure.IterationNotFound;
import application.failure.KeyExists;
import application.failure.KeyFenced;
import application.failure.LastOwner;
import application.failure.LimitExceeded;
import application.failure.NotFound;
import application.failure.RelationExists;
import application.failure.StorageChangeUnsupported;
import application.failure.StorageInUse;
import application.failure.StorageUnavailable;
import application.failure.StorageVerificationFailed;
import application.failure.Unauthenticated;
import application.failure.UploadNotConfirmed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one table from failures to RFC 9457 problem details ({@code application/problem+json}): status, stable
 * {@code code}, title, detail and the code's extension members (docs/http-ecs.openapi.yaml, Problem). 5xx
 * answers carry {@code Retry-After}; unexpected failures answer 500 {@code internal_error} without internals.
 */
public class Problems {
    private static final Logger LOG = Logger.getLogger(Problems.class);
    /** Seconds a client should wait after a 503 of an unavailable backend. */
    static final int RETRY_UNAVAILABLE = 5;
    /** Seconds a client should wait after 503 key_fenced (an operator has to act). */
    static final int RETRY_FENCED = 60;
    private final MeterRegistry meters;

    /** @param meters counts errors by code */
    public Problems(MeterRegistry meters) {
        this.meters = meters;
    }

    /** One problem answer. */
    record Problem(int status, String code, String title, String detail, Map<String, Object> members, Integer retryAfter) {
        Problem(int status, String code, String title, String detail) {
            this(status, code, title, detail, Map.of(), null);
        }
    }

    /** The problem of a use case's failure: the table. */
    static Problem of(EcsFailure f) {
        String d = f.getMessage();
        return switch (f) {
            case Unauthenticated x -> new Problem(401, "unauthenticated", "Unauthenticated", d);
            case Forbidden x -> new Problem(403, "forbidden", "Forbidden", d);
            case NotFound x -> new Problem(404, "not_found", "Not found", d);
            case IterationNotFound x -> new Problem(404, "iteration_not_found", "Iteration not found", d);
            case KeyExists x -> new Problem(409, "key_exists", "Key exists", d);
            case CapacityExhausted x -> new Problem(409, "capacity_exhausted", "Capacity exhausted", d, Map.of("remaining", x.remaining()), null);
            case DeltaSequenceTaken x -> new Problem(409, "delta_sequence_taken", "Delta sequence taken", d,
                    Map.of("existing_delta_uuid", x.existing().toString()), null);
            case DeltaOutOfSequence x -> new Problem(409, "delta_out_of_sequence", "Delta out of sequence", d,
                    Map.of("expected_seq_number", x.expected()), null);
            case StorageInUse x -> new Problem(409, "storage_in_use", "Storage in use", d, Map.of("key_count", x.keyCount()), null);
            case RelationExists x -> new Problem(409, "relation_exists", "Relation exists", d);
            case LastOwner x -> new Problem(409, "last_owner", "Last Owner", d);
            case UploadNotConfirmed x -> new Problem(412, "upload_not_confirmed", "Upload not confirmed", d);
            case InvalidRequest x -> new Problem(422, "validation_failed", "Validation failed", d, Map.of("errors",
                    x.errors().stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList()), null);
            case IdempotencyKeyReused x -> new Problem(422, "idempotency_key_reused", "Idempotency key reused", d);
            case DeltaTooLarge x -> new Problem(422, "delta_too_large", "Delta too large", d, Map.of("max_size", x.maxSize()), null);
            case StorageChangeUnsupported x -> new Problem(422, "storage_change_unsupported", "Storage change unsupported", d);
            case StorageVerificationFailed x -> new Problem(422, "storage_verification_failed", "Storage verification failed", d,
                    Map.of("operation", x.operation()), null);
            case InternalStorageImmutable x -> new Problem(422, "internal_storage_immutable", "Internal storage immutable", d);
            case LimitExceeded x -> new Problem(429, "limit_exceeded", "Limit exceeded", d, Map.of("limit_scope", x.scope()),
                    (int) Math.min(Integer.MAX_VALUE, x.retryAfterSeconds()));
            case DatabaseUnavailable x -> new Problem(503, "database_unavailable", "Database unavailable", d, Map.of(), RETRY_UNAVAILABLE);
            case StorageUnavailable x -> new Problem(503, "storage_unavailable", "Storage unavailable", d, Map.of(), RETRY_UNAVAILABLE);
            case KeyFenced x -> new Problem(503, "key_fenced", "Key fenced", d, Map.of("key_uuid", x.keyUuid().toString()), RETRY_FENCED);
        };
    }

    /** The stable code of a use case's failure. */
    static String codeOf(EcsFailure f) {
        return of(f).code();
    }

    /** A use case's failure, by the table. */
    @ServerExceptionMapper
    public Response failure(EcsFailure f) {
        if (f instanceof DatabaseUnavailable || f instanceof StorageUnavailable) {
            LOG.warnf("event=backend_unavailable code=%s cause=%s", codeOf(f), f.getCause() == null ? "-" : f.getCause().getClass().getSimpleName());
        }
        return answer(of(f));
    }

    /** A body that is not JSON (400 malformed_request) or has a field of the wrong type (422, naming the field). */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m) {
            String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String expected = m.getTargetType() == null ? "another type" : typeName(m.getTargetType());
            return answer(of(InvalidRequest.of(field.isEmpty() ? "body" : field, "must be " + expected)));
        }
        String where = e instanceof JsonMappingException ? "" : e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return answer(new Problem(400, "malformed_request", "Malformed request", "the request body is not valid JSON" + where));
    }

    /** Overrides the built-in mapper of this subtype (it answers the body's values, not a problem). */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return json(e);
    }

    /** Overrides the built-in mapper of this subtype. */
    @ServerExceptionMapper
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
        return json(e);
    }

    /** Overrides the built-in mapper of this subtype. */
    @ServerExceptionMapper
    public Response parse(com.fasterxml.jackson.core.JsonParseException e) {
        return json(e);
    }

    /** The framework's answers (unknown path, wrong method or media type) as problems. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Problem p = switch (e) {
            case NotAllowedException x -> new Problem(405, "method_not_allowed", "Method not allowed", "this method is not allowed on this path");
            case NotSupportedException x -> new Problem(415, "unsupported_media_type", "Unsupported media type", "send Content-Type: application/json");
            case NotAcceptableException x -> new Problem(406, "unsupported_media_type", "Not acceptable", "this resource answers application/json");
            default -> status == 404 ? new Problem(404, "not_found", "Not found", "no such resource")
                    : status == 400 ? new Problem(400, "malformed_request", "Malformed request", "the request cannot be read")
                    : status < 500 ? new Problem(status, "malformed_request", "Bad request", "the request cannot be served")
                    : internal(e);
        };
        return answer(p);
    }

    /** Anything else: 500 internal_error, logged with its stack trace, answered without internals. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e.getCause() instanceof JsonProcessingException j) return json(j);
        return answer(internal(e));
    }

    private static Problem internal(Throwable e) {
        LOG.errorf(e, "event=internal_error type=%s", e.getClass().getName());
        return new Problem(500, "internal_error", "Internal error", "an unexpected error occurred; the server log has the details");
    }

    private Response answer(Problem p) {
        meters.counter("ecs.errors", "code", p.code()).increment();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:omegasafe:problem:" + p.code());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        body.put("code", p.code());
        body.putAll(p.members());
        Response.ResponseBuilder r = Response.status(p.status()).type("application/problem+json").entity(body);
        if (p.retryAfter() != null) r.header("Retry-After", p.retryAfter());
        if (p.status() == 401) r.header("WWW-Authenticate", "Bearer");
        return r.build();
    }

    private static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "an integer";
        if (type == String.class) return "a string";
        if (type == java.util.UUID.class) return "a UUID";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (List.class.isAssignableFrom(type)) return "an array";
        return "an object";
    }
}
