package adapters.out.ecs.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The OmegaSafe API v1 as a REST client ({@code docs/http-ecs.openapi.yaml}): the operations the CLI calls and their JSON
 * bodies, field for field (snake_case names, positions as 64-bit integers, UUIDs as strings), nothing else. Instances are
 * built per ECS entry by {@link HttpClients}; a 4xx/5xx answer arrives as {@link EcsApiFailures.ApiProblem}, a transport
 * failure as a {@code ProcessingException}; {@link EcsApiFailures} translates both.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EcsApi {

    /** getMe: the caller behind the API key (the API-key check). */
    @GET
    @Path("/me")
    Me me();

    /** getCliVersion: the latest CLI version the server announces (no authentication). */
    @GET
    @Path("/cli/version")
    CliVersion cliVersion();

    /** registerKey: 201 registered, 200 already registered with identical fields by the caller. */
    @POST
    @Path("/keys")
    Key registerKey(KeyRegistration body);

    /** getKey. */
    @GET
    @Path("/keys/{key_uuid}")
    Key key(@PathParam("key_uuid") UUID keyUuid);

    /** editKey. */
    @PATCH
    @Path("/keys/{key_uuid}")
    KeyEdited editKey(@PathParam("key_uuid") UUID keyUuid, KeyEdit body);

    /** deleteKey. */
    @DELETE
    @Path("/keys/{key_uuid}")
    KeyDeleted deleteKey(@PathParam("key_uuid") UUID keyUuid);

    /** getIteration. */
    @GET
    @Path("/keys/{key_uuid}/iterations/{seq}")
    Iteration iteration(@PathParam("key_uuid") UUID keyUuid, @PathParam("seq") int seq);

    /** claimPositions: 201 claimed, 200 a retry with the same Idempotency-Key (the first answer's range). */
    @POST
    @Path("/keys/{key_uuid}/iterations/{seq}/claims")
    Claim claim(@PathParam("key_uuid") UUID keyUuid, @PathParam("seq") int seq,
                @HeaderParam("Idempotency-Key") UUID idempotencyKey, ClaimRequest body);

    /** listDeltas. */
    @GET
    @Path("/keys/{key_uuid}/deltas")
    DeltaList deltas(@PathParam("key_uuid") UUID keyUuid);

    /** requestUploadUrl. */
    @POST
    @Path("/deltas/upload_url")
    UploadUrl uploadUrl(UploadUrlRequest body);

    /** confirmUpload: 201 registered, 200 registered before. */
    @POST
    @Path("/deltas/confirm_upload")
    Delta confirmUpload(ConfirmUploadRequest body);

    /** requestDownloadUrl. */
    @POST
    @Path("/deltas/download_url")
    DownloadUrl downloadUrl(DownloadUrlRequest body);

    /** listStorages. */
    @GET
    @Path("/storages")
    StorageList storages();

    /** getStorage. */
    @GET
    @Path("/storages/{storage_uuid}")
    Storage storage(@PathParam("storage_uuid") UUID storageUuid);

    /** createStorage. */
    @POST
    @Path("/storages")
    StorageSaved createStorage(StorageCreate body);

    /**
     * editStorage. The body is a map because absent and null differ here: an absent field keeps its value, a null
     * {@code endpoint_url} or {@code remote_path} clears it (StorageEdit in the document).
     */
    @PATCH
    @Path("/storages/{storage_uuid}")
    StorageSaved editStorage(@PathParam("storage_uuid") UUID storageUuid, Map<String, Object> body);

    /** deleteStorage. */
    @DELETE
    @Path("/storages/{storage_uuid}")
    Message deleteStorage(@PathParam("storage_uuid") UUID storageUuid);

    /** getStorageLimits. */
    @GET
    @Path("/keys/{key_uuid}/storage_limits")
    StorageLimits storageLimits(@PathParam("key_uuid") UUID keyUuid);

    /** Me. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Me(UUID userUuid, String email, UUID apiKeyUuid) { }

    /** CliVersion. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CliVersion(String latestVersion, String downloadUrl) { }

    /** KeyRegistration; {@code storageUuid} null selects the internal storage. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record KeyRegistration(UUID keyUuid, String keyName, int nucleusMaps, int rotorMaps, int rotorCount, long iterationCapacity,
                           UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid) { }

    /** Key: a key as the caller sees it (view-key's ecs_key_data). */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Key(UUID keyUuid, String keyName, Integer nucleusMaps, Integer rotorMaps, Integer rotorCount, Long iterationCapacity,
               UUID alphaIterationUuid, String omegasafeVersion, UUID storageUuid, String storageName, Boolean storageIsInternal,
               Long alphaGlobalPositionCapacity, Long alphaLatestClaimedGlobalPosition, Integer latestDeltaSeq, Integer keyRoleId,
               String keyRoleName, UUID userKeyRelationUuid, UUID billingUserUuid, String billingUserEmail, Long billingExpTs,
               String billingExpDatetime, Boolean billingExpired, @JsonProperty("is_billing_user") Boolean isBillingUser) { }

    /** KeyEdit: absent fields stay as they are. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KeyEdit(String keyName, UUID storageUuid, String omegasafeVersion) { }

    /** KeyEdited. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record KeyEdited(String message, Key key) { }

    /** KeyDeleted. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record KeyDeleted(String message, Integer deletedDeltaObjects, Integer failedDeltaObjects) { }

    /** ClaimRequest: positions to claim, 1..C. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ClaimRequest(long size) { }

    /** Claim: an inclusive range of global positions. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Claim(int seqNumber, long startGlobalPosition, long endGlobalPosition, long latestClaimedGlobalPosition) { }

    /** Iteration. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Iteration(int seqNumber, UUID iterationUuid, long startGlobalPosition, long endGlobalPosition,
                     long latestClaimedGlobalPosition) { }

    /** Delta: {@code size} in bytes, {@code contentMd5} Base64 of the payload's MD5. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Delta(int seqNumber, UUID deltaUuid, long startGlobalPosition, long endGlobalPosition, long latestClaimedGlobalPosition,
                 long size, String contentMd5) { }

    /** DeltaList. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DeltaList(UUID keyUuid, List<Delta> deltas) { }

    /** UploadUrlRequest: exact payload bytes and Base64 MD5. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UploadUrlRequest(UUID keyUuid, UUID deltaUuid, int seqNumber, long size, String contentMd5) { }

    /** UploadUrl: the presigned PUT and the signed headers to send besides Host and Content-Length. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UploadUrl(UUID uploadAttemptUuid, String method, String url, Map<String, String> headers, Long size, String contentMd5,
                     String expiresAt) {
        @Override
        public String toString() { return "UploadUrl[attempt=" + uploadAttemptUuid + ", size=" + size + "]"; }
    }

    /** ConfirmUploadRequest. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ConfirmUploadRequest(UUID uploadAttemptUuid) { }

    /** DownloadUrlRequest. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DownloadUrlRequest(UUID keyUuid, UUID deltaUuid) { }

    /** DownloadUrl: the presigned GET with the payload's size and Base64 MD5. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record DownloadUrl(String url, String method, Long size, String contentMd5, String expiresAt) {
        @Override
        public String toString() { return "DownloadUrl[size=" + size + "]"; }
    }

    /** Storage: never holds secrets; the internal storage has provider, bucket, region, endpoint and path null. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Storage(UUID storageUuid, String name, String provider, String bucketName, String region, String endpointUrl,
                   String remotePath, Integer storageTypeId, String storageTypeName, String storageBadge,
                   @JsonProperty("is_internal") Boolean isInternal) { }

    /** StorageList: the internal storage first. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StorageList(List<Storage> storages) { }

    /** StorageCreate. {@link #toString()} never shows the secret. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StorageCreate(String name, String provider, String bucketName, String region, String endpointUrl, String remotePath,
                         String accessKeyId, String secretAccessKey) {
        @Override
        public String toString() { return "StorageCreate[name=" + name + ", provider=" + provider + ", bucket=" + bucketName + "]"; }
    }

    /** StorageSaved. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StorageSaved(Storage storage, String message, List<String> warnings) { }

    /** StorageLimits: {@code usage} null for a key on BYOS. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StorageLimits(UUID keyUuid, String message, Usage usage) { }

    /** Usage: metrics by scope name ({@code daily}, {@code monthly}, {@code stored}). */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Usage(Map<String, Metric> uploads, Map<String, Metric> downloads) { }

    /** Metric: limit, remaining and percentage null without a limit. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Metric(Long used, Long limit, Long remaining, Long percentage, Boolean hasLimit) { }

    /** Message. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Message(String message) { }
}
