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
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * The one table from what the OmegaSafe API answers, and how a request fails, to the ECS ports' exceptions (SPEC §5, the
 * reference's OFFLINE fallback):
 * <ul>
 * <li>connection refused, timeout, unknown host, a connection closed mid-request, 429 and 5xx → {@link EcsUnavailableException}
 *     (the only one that allows the OFFLINE fallback), with {@code Retry-After} seconds in the message when given;
 *     transport failures are told apart by the type of the {@code java.net.http} exception ({@link ApiTransport}),
 *     never by its message;</li>
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

        /**
         * The problem of an answer that is not 2xx: {@code code} and {@code detail} from an RFC 9457 body, the status and
         * its standard reason when the body is no problem (a proxy's HTML page: the status decides alone).
         *
         * @param body       the answer's bytes, possibly empty
         * @param retryAfter the {@code Retry-After} header, or null
         */
        static ApiProblem of(int status, byte[] body, String retryAfter) {
            JsonNode problem = JSON.missingNode();
            try {
                if (body != null && body.length > 0) problem = JSON.readTree(body);
                if (problem == null) problem = JSON.missingNode();
            } catch (IOException | RuntimeException notJson) {
                problem = JSON.missingNode();
            }
            String code = problem.path("code").isTextual() ? problem.path("code").asText() : null;
            String detail = problem.path("detail").isTextual() ? printable(problem.path("detail").asText())
                    : ("HTTP " + status + " " + reason(status)).strip();
            return new ApiProblem(status, code, detail, problem, EcsApiFailures.retryAfter(retryAfter));
        }
    }

    /** The key, storage, iteration or Delta is not there, or this account has no relation to it (HTTP 404). */
    static final class NotFound extends EcsException {
        NotFound(String message) { super(message); }
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
     * refused, or a 4xx answer), and when the wait was interrupted (nothing is repeated then). Only such requests are
     * worth repeating, and only idempotent ones may be. Decided by exception type: {@link HttpConnectTimeoutException}
     * (the JDK's timeout before the connection and its TLS handshake were complete) and {@link ConnectException} mean the
     * request was never sent; a plain {@link HttpTimeoutException} or another {@link IOException} (connection closed or
     * reset) after the connection was made means it may have been.
     */
    static boolean outcomeUnknown(RuntimeException failure) {
        ApiProblem problem = find(failure, ApiProblem.class);
        if (problem != null) return problem.status() >= 500 && !"key_fenced".equals(problem.code());
        if (failure instanceof EcsException) return false;
        if (find(failure, JsonProcessingException.class) != null || find(failure, InterruptedIOException.class) != null
                || neverSent(failure)) {
            return false;
        }
        return find(failure, IOException.class) != null;
    }

    /** The request never left: no connection (refused, timed out while connecting, unknown host) or TLS refused. */
    private static boolean neverSent(Throwable e) {
        return find(e, HttpConnectTimeoutException.class) != null || find(e, ConnectException.class) != null
                || find(e, UnresolvedAddressException.class) != null || find(e, UnknownHostException.class) != null
                || find(e, SSLException.class) != null;
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
        if (find(e, InterruptedIOException.class) != null) {
            return new EcsUnavailableException("the request to the " + where + " was interrupted", e);
        }
        if (find(e, HttpConnectTimeoutException.class) != null) {
            return new EcsUnavailableException(where + " cannot be reached: connection timed out", e);
        }
        if (find(e, HttpTimeoutException.class) != null) return new EcsUnavailableException(where + " did not answer in time", e);
        SSLException tls = find(e, SSLException.class);
        if (tls != null) {
            if (untrustedCertificate(e)) {
                return new EcsException("the certificate of the " + where + " is not trusted; a development server with a "
                        + "self-signed certificate needs --dev-mode (after comparing its fingerprint)", e);
            }
            return new EcsException("the TLS connection to the " + where + " failed: " + printable(String.valueOf(tls.getMessage())), e);
        }
        if (find(e, UnresolvedAddressException.class) != null || find(e, UnknownHostException.class) != null) {
            return new EcsUnavailableException(where + " cannot be reached: unknown host", e);
        }
        if (find(e, ConnectException.class) != null) {
            return new EcsUnavailableException(where + " cannot be reached: " + (find(e, NoRouteToHostException.class) != null
                    ? "no route to host" : "connection refused"), e);
        }
        IOException io = find(e, IOException.class);
        if (io != null) {
            String why = io.getMessage() != null ? printable(io.getMessage()) : io.getClass().getSimpleName();
            return new EcsUnavailableException(where + " cannot be reached: the connection failed (" + why + ")", e);
        }
        return new EcsException("a request to the " + where + " failed: " + e.getClass().getSimpleName(), e);
    }

    /**
     * True when the TLS handshake failed because the server's certificate is not trusted or does not name the host: the
     * JDK's validator and host-name check fail with a {@link CertificateException} (its path building and validation
     * with the {@code CertPath...} exceptions) under the {@link SSLException}.
     */
    private static boolean untrustedCertificate(Throwable e) {
        return find(e, CertificateException.class) != null || find(e, CertPathValidatorException.class) != null
                || find(e, CertPathBuilderException.class) != null;
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

    /** The standard reason phrase of a status (RFC 9110 §15), for messages about answers without problem details. */
    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 300 && status < 400 ? "Redirection (not followed)" : "";
        };
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
