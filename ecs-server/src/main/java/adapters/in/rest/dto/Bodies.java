package adapters.in.rest.dto;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The small bodies of docs/http-ecs.openapi.yaml, one record each. */
public final class Bodies {
    private Bodies() { }

    /** Me. */
    public record Me(UUID userUuid, String email, UUID apiKeyUuid) { }

    /** CliVersion. */
    public record CliVersion(String latestVersion, String downloadUrl) { }

    /** KeyList. */
    public record KeyList(List<KeyJson> keys) { }

    /** KeyEdited. */
    public record KeyEdited(String message, KeyJson key) { }

    /** KeyDeleted. */
    public record KeyDeleted(String message, int deletedDeltaObjects, int failedDeltaObjects) { }

    /** ClaimRequest. */
    public record ClaimRequest(Long size) { }

    /** Claim. */
    public record Claim(int seqNumber, long startGlobalPosition, long endGlobalPosition, long latestClaimedGlobalPosition) { }

    /** Iteration. */
    public record Iteration(int seqNumber, UUID iterationUuid, long startGlobalPosition, long endGlobalPosition,
                            long latestClaimedGlobalPosition) { }

    /** Delta. */
    public record Delta(int seqNumber, UUID deltaUuid, long startGlobalPosition, long endGlobalPosition,
                        long latestClaimedGlobalPosition, long size, String contentMd5) { }

    /** DeltaList. */
    public record DeltaList(UUID keyUuid, List<Delta> deltas) { }

    /** UploadUrlRequest. */
    public record UploadUrlRequest(UUID keyUuid, UUID deltaUuid, Integer seqNumber, Long size, String contentMd5) { }

    /** UploadUrl. */
    public record UploadUrl(UUID uploadAttemptUuid, String method, String url, Map<String, String> headers, long size,
                            String contentMd5, String expiresAt) { }

    /** ConfirmUploadRequest. */
    public record ConfirmUploadRequest(UUID uploadAttemptUuid) { }

    /** DownloadUrlRequest. */
    public record DownloadUrlRequest(UUID keyUuid, UUID deltaUuid) { }

    /** DownloadUrl. */
    public record DownloadUrl(String url, String method, long size, String contentMd5, String expiresAt) { }

    /** Message. */
    public record Message(String message) { }

    /** InvitationCreate. */
    public record InvitationCreate(String email, String role) { }
}
