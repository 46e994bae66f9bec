package adapters.out.ecs.http;

import application.port.out.CapacityExhaustedException;
import application.port.out.DeltaConflictException;
import application.port.out.EcsAuthenticationException;
import application.port.out.EcsException;
import application.port.out.EcsPermissionException;
import application.port.out.EcsRejectedException;
import application.port.out.EcsUnavailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * The one table from what the OmegaSafe API answers, and how a request fails, to the ECS ports' exceptions (SPEC §5, the
 * reference's OFFLINE fallback):
 * <ul>
 * <li>connection refused, timeout, unknown host, a connection closed mid-request, 429 and 5xx → {@link EcsUnavailableException}
 *     (the only one that allows the OFFLINE fallback), with {@code Retry-After} seconds in the message when given;</li>
 * <li>401 → {@link EcsAuthenticationException}; 403 → {@link EcsPermissionException};</li>
 * <li>404 → {@link NotFound} (callers that look something up turn it into "not there");</li>
 * <li>409 {@code capacity_exhausted} → {@link CapacityExhaustedException}; {@code delta_sequence_taken} and
 *     {@code delta_out_of_sequence} → {@link DeltaConflictException}; {@code key_exists} → {@link EcsException};
 *     other 409, 412 and 422 → {@link EcsRejectedException} with the code and the fields named;</li>
 * <li>a certificate that is not trusted (a self-signed server without dev mode) → {@link EcsException} naming
 *     {@code --dev-mode}, never "unavailable"; an answer that cannot be read → {@link EcsException}.</li>
 * </ul>
 * Messages name the ECS by its URL ({@code host[:port][/base]}) and never carry the API key or a presigned URL.
 */
final class EcsApiFailures {
    /** Reads problem bodies as trees: no reflection, so nothing to register for the native image. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String where;

    /** @param url the entry's URL, {@code host[:port][/base]} */
    EcsApiFailures(String url) {
        this.where = "ECS at " + url;
    }

    /** The ECS as messages name it ({@code ECS at host:port}). */
    String where() { return where; }

    /**
     * A 4xx or 5xx answer of the API before translation: status, problem {@code code} (null when the body is not a
     * problem), detail, the whole problem body for its extension members, and {@code Retry-After} in seconds.
     */
    static final class ApiProblem extends RuntimeException {
        private final int status;
        private final String code;
        private final JsonNode body;
        private final OptionalLong retryAfter;

        ApiProblem(int status, String code, String detail, JsonNode body, OptionalLong retryAfter) {
            super(detail);
            this.status = status;
            this.code = code;
            this.body = body;
            this.retryAfter = retryAfter;
        }

        int status() { return status; }

        String code() { return code; }

        /** An extension member of the problem, or a missing node. */
        JsonNode member(String name) { return body.path(name); }

        OptionalLong retryAfter() { return retryAfter; }
    }

    /** The key, storage, iteration or Delta is not there, or this account has no relation to it (HTTP 404). */
    static final class NotFound extends EcsException {
        NotFound(String message) { super(message); }
    }

    /** Turns every answer of 400 and above into an {@link ApiProblem} (registered on each client by {@link HttpClients}). */
    static final class ProblemMapper implements ResponseExceptionMapper<ApiProblem> {
        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public ApiProblem toThrowable(Response response) {
            JsonNode body = JSON.missingNode();
            try {
                if (response.hasEntity()) {
                    byte[] bytes = response.readEntity(byte[].class);
                    if (bytes != null && bytes.length > 0) body = JSON.readTree(bytes);
                }
            } catch (RuntimeException | java.io.IOException notJson) {
                body = JSON.missingNode();   // a proxy's HTML page: the status decides alone
            }
            String code = body.path("code").isTextual() ? body.path("code").asText() : null;
            String detail = body.path("detail").isTextual() ? printable(body.path("detail").asText())
                    : "HTTP " + response.getStatus() + " " + response.getStatusInfo().getReasonPhrase();
            return new ApiProblem(response.getStatus(), code, detail, body, retryAfter(response.getHeaderString("Retry-After")));
        }

        @Override
        public int getPriority() {
            return 0;   // before the default mapper, which would throw a WebApplicationException
        }
    }

    /** Runs one API call and translates its failure. */
    <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /** The port exception for a failed API call (an {@link ApiProblem} or a transport failure, possibly wrapped). */
    EcsException translate(RuntimeException failure) {
        ApiProblem problem = find(failure, ApiProblem.class);
        if (problem != null) return problem(problem);
        if (failure instanceof EcsException e) return e;
        return transport(failure);
    }

    /** The {@link ApiProblem} behind a failed call, or null when it failed before an answer. */
    static ApiProblem problemOf(RuntimeException failure) {
        return find(failure, ApiProblem.class);
    }

    /**
     * True when a failed request may have reached the server and been carried out there (its answer was lost or it timed
     * out after it was sent, or the server answered 5xx); false when it surely was not (no connection, unknown host, TLS
     * refused, or a 4xx answer). Only such requests are worth repeating, and only idempotent ones may be.
     */
    static boolean outcomeUnknown(RuntimeException failure) {
        ApiProblem problem = find(failure, ApiProblem.class);
        if (problem != null) return problem.status() >= 500 && !"key_fenced".equals(problem.code());
        if (find(failure, JsonProcessingException.class) != null || notConnected(failure)) return false;
        return find(failure, ConnectException.class) == null && find(failure, UnknownHostException.class) == null
                && find(failure, SSLException.class) == null;
    }

    /**
     * True when the request timed out before it had a connection (TCP and TLS), so it was never sent. Vert.x says so only
     * in its message ("... exceeded when getting a connection to ..."); should that wording change, such a request is
     * merely taken as possibly sent.
     */
    private static boolean notConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("getting a connection")) return true;
        }
        return false;
    }

    private EcsException problem(ApiProblem p) {
        String detail = p.getMessage();
        String code = p.code() == null ? "" : p.code();
        int status = p.status();
        if (status == 429 || status >= 500) {
            String retry = p.retryAfter().isPresent() ? "; retry after " + p.retryAfter().getAsLong() + " s" : "";
            String label = status == 429 ? "asks to slow down" : "is unavailable";
            return new EcsUnavailableException(where + " " + label + " (" + (code.isEmpty() ? "HTTP " + status : code) + "): "
                    + detail + retry);
        }
        return switch (status) {
            case 401 -> new EcsAuthenticationException(where + ": " + detail);
            case 403 -> new EcsPermissionException(where + ": " + detail);
            case 404 -> new NotFound(where + ": " + detail);
            case 409 -> switch (code) {
                case "capacity_exhausted" -> new CapacityExhaustedException(where + ": " + detail, p.member("remaining").asLong(0));
                case "delta_sequence_taken", "delta_out_of_sequence" -> new DeltaConflictException(where + ": " + detail);
                case "key_exists" -> new EcsException(where + ": " + detail);
                default -> rejected(p);
            };
            case 412, 422 -> rejected(p);
            default -> code.isEmpty() ? new EcsException(where + " refused the request (HTTP " + status + "): " + detail)
                    : rejected(p);
        };
    }

    private EcsRejectedException rejected(ApiProblem p) {
        List<String> errors = new ArrayList<>();
        for (JsonNode e : p.member("errors")) {
            errors.add(printable(e.path("field").asText("?") + ": " + e.path("message").asText("")));
        }
        return new EcsRejectedException(p.code(), where + ": " + p.getMessage(), errors);
    }

    private EcsException transport(RuntimeException e) {
        if (find(e, JsonProcessingException.class) != null) {
            return new EcsException(where + " answered something this version of omegasafe cannot read", e);
        }
        SSLException tls = find(e, SSLException.class);
        if (tls != null && !isTimeout(tls)) {
            if (untrustedCertificate(e)) {
                return new EcsException("the certificate of the " + where + " is not trusted; a development server with a "
                        + "self-signed certificate needs --dev-mode (after comparing its fingerprint)", e);
            }
            return new EcsException("the TLS connection to the " + where + " failed: " + tls.getMessage(), e);
        }
        UnknownHostException unknown = find(e, UnknownHostException.class);
        if (unknown != null) return new EcsUnavailableException(where + " cannot be reached: unknown host", e);
        ConnectException refused = find(e, ConnectException.class);
        if (refused != null) {
            return new EcsUnavailableException(where + " cannot be reached: " + (isTimeout(refused) ? "connection timed out"
                    : "connection refused"), e);
        }
        if (find(e, TimeoutException.class) != null || find(e, SocketTimeoutException.class) != null || isTimeout(e)) {
            return new EcsUnavailableException(where + (notConnected(e) ? " cannot be reached: connection timed out"
                    : " did not answer in time"), e);
        }
        if (e instanceof jakarta.ws.rs.ProcessingException || find(e, java.io.IOException.class) != null
                || e.getClass().getName().startsWith("io.vertx.")) {
            java.io.IOException io = find(e, java.io.IOException.class);
            String why = io != null && io.getMessage() != null ? io.getMessage() : e.getClass().getSimpleName();
            return new EcsUnavailableException(where + " cannot be reached: the connection failed (" + why + ")", e);
        }
        return new EcsException("a request to the " + where + " failed: " + e.getClass().getSimpleName(), e);
    }

    private static boolean untrustedCertificate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException || t instanceof CertPathValidatorException || t instanceof CertPathBuilderException) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("pkix") || m.contains("certificate") || m.contains("subject alternative")) return true;
        }
        return false;
    }

    /** Vert.x and Netty time-outs are named so (their classes are not all public API). */
    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Timeout") || t instanceof TimeoutException) return true;
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("timed out")) return true;
        }
        return false;
    }

    private static <X> X find(Throwable e, Class<X> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    /** Longest server text a message repeats, in characters. */
    private static final int MAX_DETAIL = 500;

    /** The server's text as a message may carry it: no control characters (terminal escapes), at most 500 characters. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(MAX_DETAIL).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return text.codePointCount(0, text.length()) > MAX_DETAIL ? b + "..." : b.toString();
    }

    /** {@code Retry-After} as seconds (RFC 9110 §10.2.3 also allows a date, which is ignored here). */
    static OptionalLong retryAfter(String header) {
        if (header == null) return OptionalLong.empty();
        try {
            long s = Long.parseLong(header.strip());
            return s >= 0 ? OptionalLong.of(s) : OptionalLong.empty();
        } catch (NumberFormatException date) {
            return OptionalLong.empty();
        }
    }
}
