package application.service;

import application.model.StorageProvider;
import application.port.in.StorageSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The reference's BYOS validation (create-ecs-storage, edit-ecs-storage): r2 requires an endpoint URL and
 * region {@code auto}; s3 forbids an endpoint URL and region {@code auto}. Plus S3 bucket naming, an
 * {@code https://} endpoint without path or credentials ({@code http://} on loopback only when the server
 * allows it, for tests and the embedded default) and a safe remote path.
 *
 * @param allowHttpLoopback true accepts {@code http://} endpoints whose host is a loopback address
 */
public record StorageRules(boolean allowHttpLoopback) {
    /** Longest storage name in characters. */
    static final int MAX_NAME = 100;
    /** Longest access key id or secret in characters. */
    static final int MAX_CREDENTIAL = 256;
    /** Longest remote path in characters. */
    static final int MAX_REMOTE_PATH = 512;
    /** S3 bucket names: 3..63 lower-case letters, digits, dots and hyphens, starting and ending alphanumeric. */
    private static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
    /** AWS regions: e.g. us-east-1, eu-central-1, us-gov-west-1, ap-southeast-2. */
    private static final Pattern AWS_REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-[0-9]+$");
    private static final Pattern PATH_SEGMENT = Pattern.compile("^[A-Za-z0-9._-]+$");

    /**
     * Validates complete settings (after an edit merged them).
     *
     * @return the provider
     * @throws application.failure.InvalidRequest listing every broken rule
     */
    StorageProvider validate(StorageSettings s) {
        Checks checks = new Checks();
        checks.text(s.name(), "name", MAX_NAME);
        StorageProvider provider = null;
        if (checks.required(s.provider(), "provider")) {
            provider = StorageProvider.byApiName(s.provider()).orElse(null);
            checks.check(provider != null, "provider", "must be s3 or r2");
        }
        if (checks.required(s.bucketName(), "bucket_name")) {
            checks.check(BUCKET.matcher(s.bucketName()).matches() && !s.bucketName().contains(".."),
                    "bucket_name", "must be 3..63 lower-case letters, digits, dots or hyphens, starting and ending with a letter or digit");
        }
        if (checks.required(s.region(), "region") && provider != null) {
            if (provider == StorageProvider.R2) checks.check(s.region().equals("auto"), "region", "must be auto for r2");
            else checks.check(AWS_REGION.matcher(s.region()).matches(), "region", "must be an AWS region such as eu-central-1 for s3 (auto is for r2)");
        }
        if (provider == StorageProvider.R2) {
            if (checks.check(s.endpointUrl() != null && !s.endpointUrl().isBlank(), "endpoint_url", "is required for r2")) {
                String problem = endpointProblem(s.endpointUrl());
                checks.check(problem == null, "endpoint_url", problem);
            }
        } else if (provider == StorageProvider.S3) {
            checks.check(s.endpointUrl() == null || s.endpointUrl().isBlank(), "endpoint_url", "must be empty for s3 (the regional endpoint is used)");
        }
        String path = s.remotePath();
        if (path != null && !path.isEmpty()) {
            checks.check(remotePathOk(path), "remote_path",
                    "must be segments of letters, digits, '.', '_' or '-' separated by single '/', without '/' at either end,"
                            + " '.' or '..' segments, at most " + MAX_REMOTE_PATH + " characters");
        }
        checks.text(s.accessKeyId(), "access_key_id", MAX_CREDENTIAL);
        checks.text(s.secretAccessKey(), "secret_access_key", MAX_CREDENTIAL);
        checks.throwIfAny();
        return provider;
    }

    private static boolean remotePathOk(String path) {
        if (path.length() > MAX_REMOTE_PATH) return false;
        for (String segment : path.split("/", -1)) {
            if (!PATH_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) return false;
        }
        return true;
    }

    /** Why the endpoint is not acceptable, or null. */
    private String endpointProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "must be a URL such as https://ACCOUNT.r2.cloudflarestorage.com";
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
            return "must be scheme://host[:port] without path, query or credentials";
        }
        if ("https".equals(uri.getScheme())) return null;
        if ("http".equals(uri.getScheme()) && allowHttpLoopback && isLoopback(uri.getHost())) return null;
        return "must use https://";
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.equals("localhost") && !h.matches("^[0-9.]+$") && !h.contains(":")) return false;
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
