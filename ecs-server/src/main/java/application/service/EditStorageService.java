package application.service;

import application.Caller;
import application.failure.InternalStorageImmutable;
import application.failure.InvalidRequest;
import application.model.StorageLocation;
import application.model.StorageProvider;
import application.model.StorageRecord;
import application.port.in.EditStorage;
import application.port.in.SavedStorage;
import application.port.in.StorageSettings;
import application.port.out.SecretSealer;
import application.port.out.StorageDirectory;
import application.port.out.StorageVerifier;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Edits a BYOS storage (reference edit-ecs-storage): credentials only as a pair, a provider change needs new
 * credentials, the merged settings follow the create rules and are verified again.
 */
public final class EditStorageService implements EditStorage {
    private final StorageDirectory storages;
    private final StorageVerifier verifier;
    private final SecretSealer sealer;
    private final StorageRules rules;
    private final Locations locations;

    /** Wires the ports and the rules. */
    public EditStorageService(StorageDirectory storages, StorageVerifier verifier, SecretSealer sealer, StorageRules rules) {
        this.storages = Objects.requireNonNull(storages, "storages");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.locations = new Locations(sealer);
    }

    @Override
    public SavedStorage edit(Caller caller, UUID storageUuid, StorageSettings c, Set<Field> sent) {
        StorageRecord current = ViewStoragesService.visible(storages, caller, storageUuid);
        if (current.internal()) throw new InternalStorageImmutable("the internal storage cannot be edited");
        if (sent.isEmpty()) throw InvalidRequest.of("name", "at least one field is required");
        boolean newKeyId = sent.contains(Field.ACCESS_KEY_ID);
        boolean newSecret = sent.contains(Field.SECRET_ACCESS_KEY);
        if (newKeyId != newSecret) {
            throw InvalidRequest.of(newKeyId ? "secret_access_key" : "access_key_id",
                    "access_key_id and secret_access_key are changed together");
        }
        boolean providerChanged = sent.contains(Field.PROVIDER) && !Objects.equals(c.provider(), current.provider().apiName());
        if (providerChanged && !newKeyId) {
            throw InvalidRequest.of("access_key_id", "a provider change requires new access_key_id and secret_access_key");
        }
        StorageLocation.Byos old = (StorageLocation.Byos) locations.of(current);
        StorageSettings merged = new StorageSettings(
                sent.contains(Field.NAME) ? c.name() : current.name(),
                sent.contains(Field.PROVIDER) ? c.provider() : current.provider().apiName(),
                sent.contains(Field.BUCKET_NAME) ? c.bucketName() : current.bucketName(),
                sent.contains(Field.REGION) ? c.region() : current.region(),
                sent.contains(Field.ENDPOINT_URL) ? c.endpointUrl() : current.endpointUrl(),
                sent.contains(Field.REMOTE_PATH) ? c.remotePath() : current.remotePath(),
                newKeyId ? c.accessKeyId() : old.accessKeyId(),
                newSecret ? c.secretAccessKey() : old.secretAccessKey());
        StorageProvider provider = rules.validate(merged);
        String endpoint = CreateStorageService.blankToNull(merged.endpointUrl());
        String path = CreateStorageService.blankToNull(merged.remotePath());
        List<String> warnings = StorageChecks.verify(verifier, new StorageLocation.Byos(storageUuid, provider,
                merged.bucketName(), merged.region(), endpoint, path, merged.accessKeyId(), merged.secretAccessKey(), "edit"));
        StorageRecord saved = current.with(merged.name(), provider, merged.bucketName(), merged.region(), endpoint, path,
                newKeyId ? sealer.seal(merged.accessKeyId(), Locations.context(current, "access_key_id")) : current.sealedAccessKeyId(),
                newSecret ? sealer.seal(merged.secretAccessKey(), Locations.context(current, "secret_access_key")) : current.sealedSecretAccessKey());
        storages.update(saved);
        String moved = sent.contains(Field.BUCKET_NAME) || sent.contains(Field.REMOTE_PATH) || sent.contains(Field.ENDPOINT_URL)
                ? " Existing Delta objects were not moved." : "";
        return new SavedStorage(saved, "Storage '" + saved.name() + "' updated and verified (LIST, PUT, GET)." + moved, warnings);
    }
}
