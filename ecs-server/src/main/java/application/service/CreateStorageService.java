package application.service;

import application.Caller;
import application.model.StorageLocation;
import application.model.StorageProvider;
import application.model.StorageRecord;
import application.port.in.CreateStorage;
import application.port.in.SavedStorage;
import application.port.in.StorageSettings;
import application.port.out.Entropy;
import application.port.out.SecretSealer;
import application.port.out.StorageDirectory;
import application.port.out.StorageVerifier;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Creates a BYOS storage: validate, verify with the credentials, seal the credentials, save. */
public final class CreateStorageService implements CreateStorage {
    private final StorageDirectory storages;
    private final StorageVerifier verifier;
    private final SecretSealer sealer;
    private final Entropy entropy;
    private final StorageRules rules;

    /** Wires the ports and the rules. */
    public CreateStorageService(StorageDirectory storages, StorageVerifier verifier, SecretSealer sealer, Entropy entropy,
                                StorageRules rules) {
        this.storages = Objects.requireNonNull(storages, "storages");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.entropy = Objects.requireNonNull(entropy, "entropy");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public SavedStorage create(Caller caller, StorageSettings s) {
        StorageProvider provider = rules.validate(s);
        UUID uuid = entropy.uuid();
        String endpoint = blankToNull(s.endpointUrl());
        String path = blankToNull(s.remotePath());
        List<String> warnings = StorageChecks.verify(verifier, new StorageLocation.Byos(uuid, provider, s.bucketName(),
                s.region(), endpoint, path, s.accessKeyId(), s.secretAccessKey(), "new"));
        StorageRecord record = new StorageRecord(uuid, false, caller.userUuid(), s.name(), provider, s.bucketName(),
                s.region(), endpoint, path, sealer.seal(s.accessKeyId(), Locations.context(uuid, "access_key_id")),
                sealer.seal(s.secretAccessKey(), Locations.context(uuid, "secret_access_key")));
        storages.add(record);
        return new SavedStorage(record, "Storage '" + s.name() + "' created and verified (LIST, PUT, GET).", warnings);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
