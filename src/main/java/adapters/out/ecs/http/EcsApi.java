package adapters.out.ecs.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The OmegaSafe API v1 ({@code docs/http-ecs.openapi.yaml}) as a typed client: one method per operation the CLI calls,
 * named after it, with the document's path, and its JSON bodies as records, field for field (snake_case names, positions
 * as 64-bit integers, UUIDs as strings); nothing else. The HTTP mechanics (URL, API key, timeouts, TLS) are
 * {@link ApiTransport}'s; one instance per ECS entry is built by {@link HttpClients}.
 *
 * <p>Every method answers the operation's 2xx body, or throws {@link EcsApiFailures.ApiProblem} for any other status
 * (4xx and 5xx, with the problem's {@code code}) and {@link java.io.UncheckedIOException} when the request fails on the
 * way or the answer cannot be read; {@link EcsApiFailures} translates both into the ports' exceptions.
 */
final class EcsApi implements AutoCloseable {
    private final ApiTransport http;

    /** @param http the entry's transport */
    EcsApi(ApiTransport http) {
        this.http = http;
    }

    /** getMe, {@code GET /v1/me}: the caller behind the API key (the API-key check). */
    Me me() {
        return get("/v1/me", Me.class);
    }

    /** getCliVersion, {@code GET /v1/cli/version}: the latest CLI version the server announces (no authentication needed). */
    CliVersion cliVersion() {
        return get("/v1/cli/version", CliVersion.class);
    }

    /** registerKey, {@code POST /v1/keys}: 201 registered, 200 already registered with identical fields by the caller. */
    Key registerKey(KeyRegistration body) {
        return send("POST", "/v1/keys", body, Key.class);
    }

    /** getKey, {@code GET /v1/keys/{key_uuid}}. */
    Key key(UUID keyUuid) {
        return get("/v1/keys/" + keyUuid, Key.class);
    }

    /** editKey, {@code PATCH /v1/keys/{key_uuid}}: the fields present in {@code body}. */
    KeyEdited editKey(UUID keyUuid, KeyEdit body) {
        return send("PATCH", "/v1/keys/" + keyUuid, body, KeyEdited.class);
    }

    /** deleteKey, {@code DELETE /v1/keys/{key_uuid}}. */
    KeyDeleted deleteKey(UUID keyUuid) {
        return send("DELETE", "/v1/keys/" + keyUuid, null, KeyDeleted.class);
    }

    /** getIteration, {@code GET /v1/keys/{key_uuid}/iterations/{seq}}. */
    Iteration iteration(UUID keyUuid, int seq) {
        return get("/v1/keys/" + keyUuid + "/iterations/" + seq, Iteration.class);
    }

    /**
     * claimPositions, {@code POST /v1/keys/{key_uuid}/iterations/{seq}/claims} with {@code Idempotency-Key}: 201 claimed,
     * 200 a retry with the same key (the first answer's range).
     */
    Claim claim(UUID keyUuid, int seq, UUID idempotencyKey, ClaimRequest body) {
        return http.call("POST", "/v1/keys/" + keyUuid + "/iterations/" + seq + "/claims", body,
                Map.of("Idempotency-Key", idempotencyKey.toString()), Claim.class);
    }

    /** listDeltas, {@code GET /v1/keys/{key_uuid}/deltas}. */
    DeltaList deltas(UUID keyUuid) {
        return get("/v1/keys/" + keyUuid + "/deltas", DeltaList.class);
    }

    /** requestUploadUrl, {@code POST /v1/deltas/upload_url}. */
    UploadUrl uploadUrl(UploadUrlRequest body) {
        return send("POST", "/v1/deltas/upload_url", body, UploadUrl.class);
    }

    /** confirmUpload, {@code POST /v1/deltas/confirm_upload}: 201 registered, 200 registered before. */
    Delta confirmUpload(ConfirmUploadRequest body) {
        return send("POST", "/v1/deltas/confirm_upload", body, Delta.class);
    }

    /** requestDownloadUrl, {@code POST /v1/deltas/download_url}. */
    DownloadUrl downloadUrl(DownloadUrlRequest body) {
        return send("POST", "/v1/deltas/download_url", body, DownloadUrl.class);
    }

    /** listStorages, {@code GET /v1/storages}. */
    StorageList storages() {
        return get("/v1/storages", StorageList.class);
    }

    /** getStorage, {@code GET /v1/storages/{storage_uuid}}. */
    Storage storage(UUID storageUuid) {
        return get("/v1/storages/" + storageUuid, Storage.class);
    }

    /** createStorage, {@code POST /v1/storages}. */
    StorageSaved createStorage(StorageCreate body) {
        return send("POST", "/v1/storages", body, StorageSaved.class);
    }

    /**
     * editStorage, {@code PATCH /v1/storages/{storage_uuid}}. The body is a map because absent and null differ here: an
     * absent field keeps its value, a null {@code endpoint_url} or {@code remote_path} clears it (StorageEdit in the
     * document).
     */
    StorageSaved editStorage(UUID storageUuid, Map<String, Object> body) {
        return send("PATCH", "/v1/storages/" + storageUuid, body, StorageSaved.class);
    }

    /** deleteStorage, {@code DELETE /v1/storages/{storage_uuid}}. */
    Message deleteStorage(UUID storageUuid) {
        return send("DELETE", "/v1/storages/" + storageUuid, null, Message.class);
    }

    /** getStorageLimits, {@code GET /v1/keys/{key_uuid}/storage_limits}. */
    StorageLimits storageLimits(UUID keyUuid) {
        return get("/v1/keys/" + keyUuid + "/storage_limits", StorageLimits.class);
    }

    private <T> T get(String path, Class<T> answer) {
        return http.call("GET", path, null, Map.of(), answer);
    }

    private <T> T send(String method, String path, Object body, Class<T> answer) {
        return http.call(method, path, body, Map.of(), answer);
    }

    /** Closes the entry's transport (at application stop). */
    @Override
    public void close() {
        http.close();
    }

    /** Me. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Me(UUID userUuid, String email, UUID apiKeyUuid) { }

    /** CliVersion. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CliVersion(String latestVersion, String downloadUrl) { }

    /** KeyRegistration; {@code storageUuid} null selects the internal storage. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record KeyRegistration(UUID keyUuid, String keyName, int nucleusMaps, int rotorMaps, int rotorCount, long iterationCapacity,
                           UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid) { }

    /** Key: a key as the caller sees it (view-key's ecs_key_data). */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Key(UUID keyUuid, String keyName, Integer nucleusMaps, Integer rotorMaps, Integer rotorCount, Long iterationCapacity,
               UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid, String storageName, Boolean storageIsInternal,
               Long alphaGlobalPositionCapacity, Long alphaLatestClaimedGlobalPosition, Integer latestDeltaSeq, Integer keyRoleId,
               String keyRoleName, UUID userKeyRelationUuid, UUID billingUserUuid, String billingUserEmail, Long billingExpTs,
               String billingExpDatetime, Boolean billingExpired, @JsonProperty("is_billing_user") Boolean isBillingUser) { }

    /** KeyEdit: absent fields stay as they are. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyEdit(String keyName, UUID storageUuid, String omegasafeVersion) { }

    /** KeyEdited. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record KeyEdited(String message, Key key) { }

    /** KeyDeleted. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record KeyDeleted(String message, Integer deletedDeltaObjects, Integer failedDeltaObjects) { }

    /** ClaimRequest: positions to claim, 1..C. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ClaimRequest(long size) { }

    /** Claim: an inclusive range of global positions. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Claim(int seqNumber, long startGlobalPosition, long endGlobalPosition, long latestClaimedGlobalPosition) { }

    /** Iteration. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Iteration(int seqNumber, UUID iterationUuid, long startGlobalPosition, long endGlobalPosition,
                     long latestClaimedGlobalPosition) { }

    /** Delta: {@code size} in bytes, {@code contentMd5} Base64 of the payload's MD5. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Delta(int seqNumber, UUID deltaUuid, long startGlobalPosition, long endGlobalPosition, long latestClaimedGlobalPosition,
                 long size, String contentMd5) { }

    /** DeltaList. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DeltaList(UUID keyUuid, List<Delta> deltas) { }

    /** UploadUrlRequest: exact payload bytes and Base64 MD5. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UploadUrlRequest(UUID keyUuid, UUID deltaUuid, int seqNumber, long size, String contentMd5) { }

    /** UploadUrl: the presigned PUT and the signed headers to send besides Host and Content-Length. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record UploadUrl(UUID uploadAttemptUuid, String method, String url, Map<String, String> headers, Long size, String contentMd5,
                     String expiresAt) {
        @Override
        public String toString() { return "UploadUrl[attempt=" + uploadAttemptUuid + ", size=" + size + "]"; }
    }

    /** ConfirmUploadRequest. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ConfirmUploadRequest(UUID uploadAttemptUuid) { }

    /** DownloadUrlRequest. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DownloadUrlRequest(UUID keyUuid, UUID deltaUuid) { }

    /** DownloadUrl: the presigned GET with the payload's size and Base64 MD5. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DownloadUrl(String url, String method, Long size, String contentMd5, String expiresAt) {
        @Override
        public String toString() { return "DownloadUrl[size=" + size + "]"; }
    }

    /** Storage: never holds secrets; the internal storage has provider, bucket, region, endpoint and path null. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Storage(UUID storageUuid, String name, String provider, String bucketName, String region, String endpointUrl,
                   String remotePath, Integer storageTypeId, String storageTypeName, String storageBadge,
                   @JsonProperty("is_internal") Boolean isInternal) { }

    /** StorageList: the internal storage first. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StorageList(List<Storage> storages) { }

    /** StorageCreate. {@link #toString()} never shows the secret. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StorageCreate(String name, String provider, String bucketName, String region, String endpointUrl, String remotePath,
                         String accessKeyId, String secretAccessKey) {
        @Override
        public String toString() { return "StorageCreate[name=" + name + ", provider=" + provider + ", bucket=" + bucketName + "]"; }
    }

    /** StorageSaved. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StorageSaved(Storage storage, String message, List<String> warnings) { }

    /** StorageLimits: {@code usage} null for a key on BYOS. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record StorageLimits(UUID keyUuid, String message, Usage usage) { }

    /** Usage: metrics by scope name ({@code daily}, {@code monthly}, {@code stored}). */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Usage(Map<String, Metric> uploads, Map<String, Metric> downloads) { }

    /** Metric: limit, remaining and percentage null without a limit. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Metric(Long used, Long limit, Long remaining, Long percentage, Boolean hasLimit) { }

    /** Message. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Message(String message) { }
}
