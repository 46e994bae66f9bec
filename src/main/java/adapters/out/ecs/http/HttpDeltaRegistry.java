package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.DeltaConflictException;
import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import domain.ecs.DeltaRecord;
import domain.position.PositionRange;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Deltas through {@code /v1/keys/{key}/deltas} and {@code /v1/deltas/*}; payloads go straight to the storage
 * ({@link DeltaTransfer}). An upload follows the reference's safeguards (create-key, Delta upload safeguards):
 * <ol>
 * <li>size (1..10 MiB) and MD5 computed here; a payload over 10 MiB is refused before any request;</li>
 * <li>{@code POST /v1/deltas/upload_url} with the exact size and the Base64 MD5;</li>
 * <li>the answer's signed size, checksum and upload-attempt header checked against what was asked
 *     ({@link SignedTransfers}) before anything is sent;</li>
 * <li>a PUT to the presigned URL with exactly the signed headers; 200 stored it, 412 means an earlier attempt of this
 *     Delta already stored it ({@code If-None-Match: *});</li>
 * <li>{@code POST /v1/deltas/confirm_upload} with the attempt UUID in both cases: the server checks the object's size,
 *     MD5 and attempt before it registers the Delta.</li>
 * </ol>
 * A download asks for the presigned GET, reads it and checks the size and MD5 the server announced.
 */
final class HttpDeltaRegistry implements DeltaRegistry {
    private static final Logger LOG = Logger.getLogger(HttpDeltaRegistry.class.getName());
    private final EcsClient client;

    HttpDeltaRegistry(EcsClient client) {
        this.client = client;
    }

    @Override
    public void publish(DeltaRecord delta, byte[] encryptedPayload) {
        if (encryptedPayload.length == 0 || encryptedPayload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("an encrypted Delta is 1.." + MAX_PAYLOAD_BYTES + " bytes, got " + encryptedPayload.length);
        }
        String md5 = SignedTransfers.md5(encryptedPayload);
        EcsApi.UploadUrlRequest asked = new EcsApi.UploadUrlRequest(delta.keyUuid(), delta.deltaUuid(), delta.seq(),
                encryptedPayload.length, md5);
        EcsApi.UploadUrl upload;
        try {
            upload = client.api().uploadUrl(asked);
        } catch (RuntimeException e) {
            EcsApiFailures.ApiProblem p = EcsApiFailures.problemOf(e);
            if (p != null && "delta_sequence_taken".equals(p.code())
                    && delta.deltaUuid().toString().equals(p.member("existing_delta_uuid").asText())) {
                requireSamePayload(delta, encryptedPayload.length, md5);   // published before: the same Delta again
                return;
            }
            throw client.failures().translate(e);
        }
        URI target = SignedTransfers.checkUpload(asked, upload, client);
        if (client.transfer().put(target, upload.headers(), encryptedPayload) == DeltaTransfer.PutOutcome.ALREADY_THERE) {
            LOG.fine(() -> "Delta " + delta.deltaUuid() + ": the storage already holds its object (412, an earlier attempt "
                    + "stored it); confirming attempt " + upload.uploadAttemptUuid());
        }
        EcsApi.ConfirmUploadRequest confirm = new EcsApi.ConfirmUploadRequest(upload.uploadAttemptUuid());
        EcsApi.Delta registered = client.failures().call(() -> client.api().confirmUpload(confirm));
        DeltaRecord record = record(delta.keyUuid(), registered);
        if (!record.equals(delta) || registered.size() != encryptedPayload.length || !md5.equals(registered.contentMd5())) {
            throw new EcsException(client.failures().where() + " registered Delta " + delta.deltaUuid() + " as seq "
                    + registered.seqNumber() + " [" + registered.startGlobalPosition() + ", " + registered.endGlobalPosition()
                    + "], not as published (seq " + delta.seq() + " " + delta.positions() + ")");
        }
    }

    @Override
    public List<DeltaRecord> list(UUID keyUuid) {
        return deltas(keyUuid).stream().map(d -> record(keyUuid, d)).toList();
    }

    @Override
    public byte[] download(UUID keyUuid, UUID deltaUuid) {
        EcsApi.DownloadUrlRequest body = new EcsApi.DownloadUrlRequest(keyUuid, deltaUuid);
        EcsApi.DownloadUrl d = client.failures().call(() -> client.api().downloadUrl(body));
        URI source = SignedTransfers.checkDownload(d, client);
        byte[] payload = client.transfer().get(source, d.size());
        SignedTransfers.checkDownloaded(deltaUuid, payload, d, client);
        return payload;
    }

    private List<EcsApi.Delta> deltas(UUID keyUuid) {
        EcsApi.DeltaList list = client.failures().call(() -> client.api().deltas(keyUuid));
        return list.deltas().stream().sorted(Comparator.comparingInt(EcsApi.Delta::seqNumber)).toList();
    }

    private void requireSamePayload(DeltaRecord delta, long size, String md5) {
        EcsApi.Delta existing = deltas(delta.keyUuid()).stream().filter(d -> d.deltaUuid().equals(delta.deltaUuid())).findFirst()
                .orElseThrow(() -> new DeltaConflictException(client.failures().where() + " reports Delta " + delta.deltaUuid()
                        + " at seq " + delta.seq() + " but does not list it"));
        if (existing.seqNumber() != delta.seq() || existing.size() != size || !md5.equals(existing.contentMd5())) {
            throw new DeltaConflictException(client.failures().where() + " already holds Delta " + delta.deltaUuid()
                    + " with another payload");
        }
    }

    private DeltaRecord record(UUID keyUuid, EcsApi.Delta d) {
        try {
            return new DeltaRecord(keyUuid, d.deltaUuid(), d.seqNumber(), new PositionRange(d.startGlobalPosition(), d.endGlobalPosition()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EcsException(client.failures().where() + " describes a Delta of key " + keyUuid + " inconsistently ("
                    + e.getMessage() + ")", e);
        }
    }
}
