package adapters.out.ecs.http;

import adapters.out.ecs.http.HttpClients.EcsClient;
import application.port.out.DeltaConflictException;
import application.port.out.DeltaRegistry;
import application.port.out.EcsException;
import domain.ecs.DeltaRecord;
import domain.position.PositionRange;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
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
    private final Supplier<EcsClient> clients;
    private final KeyViews views;

    HttpDeltaRegistry(Supplier<EcsClient> clients, KeyViews views) {
        this.clients = clients;
        this.views = views;
    }

    @Override
    public void publish(DeltaRecord delta, byte[] encryptedPayload) {
        if (encryptedPayload.length == 0 || encryptedPayload.length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("an encrypted Delta is 1.." + MAX_PAYLOAD_BYTES + " bytes, got " + encryptedPayload.length);
        }
        try {
            upload(clients.get(), delta, encryptedPayload);
        } finally {
            views.changed(delta.keyUuid());
        }
    }

    private void upload(EcsClient c, DeltaRecord delta, byte[] payload) {
        String md5 = SignedTransfers.md5(payload);
        EcsApi.UploadUrlRequest asked = new EcsApi.UploadUrlRequest(delta.keyUuid(), delta.deltaUuid(), delta.seq(), payload.length, md5);
        EcsApi.UploadUrl upload;
        try {
            upload = c.api().uploadUrl(asked);
        } catch (RuntimeException e) {
            EcsApiFailures.ApiProblem p = EcsApiFailures.problemOf(e);
            if (p != null && "delta_sequence_taken".equals(p.code())
                    && delta.deltaUuid().toString().equals(p.member("existing_delta_uuid").asText())) {
                requireSamePayload(c, delta, payload.length, md5);   // published before: the same Delta again
                return;
            }
            throw c.failures().translate(e);
        }
        URI target = SignedTransfers.checkUpload(asked, upload, c);
        if (c.transfer().put(target, upload.headers(), payload) == DeltaTransfer.PutOutcome.ALREADY_THERE) {
            LOG.fine(() -> "Delta " + delta.deltaUuid() + ": the storage already holds its object (412, an earlier attempt "
                    + "stored it); confirming attempt " + upload.uploadAttemptUuid());
        }
        EcsApi.ConfirmUploadRequest confirm = new EcsApi.ConfirmUploadRequest(upload.uploadAttemptUuid());
        EcsApi.Delta registered = c.failures().call(() -> c.api().confirmUpload(confirm));
        DeltaRecord record = record(c, delta.keyUuid(), registered);
        if (!record.equals(delta) || registered.size() != payload.length || !md5.equals(registered.contentMd5())) {
            throw new EcsException(c.failures().where() + " registered Delta " + delta.deltaUuid() + " as seq "
                    + registered.seqNumber() + " [" + registered.startGlobalPosition() + ", " + registered.endGlobalPosition()
                    + "], not as published (seq " + delta.seq() + " " + delta.positions() + ")");
        }
    }

    @Override
    public List<DeltaRecord> list(UUID keyUuid) {
        EcsClient c = clients.get();
        return views.deltas(keyUuid).stream().map(d -> record(c, keyUuid, d)).toList();
    }

    @Override
    public byte[] download(UUID keyUuid, UUID deltaUuid) {
        EcsClient c = clients.get();
        EcsApi.DownloadUrlRequest body = new EcsApi.DownloadUrlRequest(keyUuid, deltaUuid);
        EcsApi.DownloadUrl d = c.failures().call(() -> c.api().downloadUrl(body));
        URI source = SignedTransfers.checkDownload(d, c);
        byte[] payload = c.transfer().get(source, d.size());
        SignedTransfers.checkDownloaded(deltaUuid, payload, d, c);
        return payload;
    }

    private void requireSamePayload(EcsClient c, DeltaRecord delta, long size, String md5) {
        views.changed(delta.keyUuid());
        EcsApi.Delta existing = views.deltas(delta.keyUuid()).stream().filter(d -> d.deltaUuid().equals(delta.deltaUuid())).findFirst()
                .orElseThrow(() -> new DeltaConflictException(c.failures().where() + " reports Delta " + delta.deltaUuid()
                        + " at seq " + delta.seq() + " but does not list it"));
        if (existing.seqNumber() != delta.seq() || existing.size() != size || !md5.equals(existing.contentMd5())) {
            throw new DeltaConflictException(c.failures().where() + " already holds Delta " + delta.deltaUuid()
                    + " with another payload");
        }
    }

    private static DeltaRecord record(EcsClient c, UUID keyUuid, EcsApi.Delta d) {
        try {
            return new DeltaRecord(keyUuid, d.deltaUuid(), d.seqNumber(), new PositionRange(d.startGlobalPosition(), d.endGlobalPosition()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EcsException(c.failures().where() + " describes a Delta of key " + keyUuid + " inconsistently ("
                    + e.getMessage() + ")", e);
        }
    }
}
