package application.service;

import application.model.StorageLocation;
import application.model.StorageRecord;
import application.port.out.SecretSealer;
import java.util.Arrays;
import java.util.Objects;

/** Turns a storage row into the location S3 adapters need, opening BYOS credentials with the master key. */
public final class Locations {
    private final SecretSealer sealer;

    /** @param sealer opens the sealed credentials */
    public Locations(SecretSealer sealer) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    /** The location of a storage row. */
    public StorageLocation of(StorageRecord storage) {
        if (storage.internal()) return new StorageLocation.Internal();
        String keyId = sealer.open(storage.sealedAccessKeyId(), context(storage, "access_key_id"));
        String secret = sealer.open(storage.sealedSecretAccessKey(), context(storage, "secret_access_key"));
        String tag = Integer.toHexString(Objects.hash(storage.provider(), storage.bucketName(), storage.region(),
                storage.endpointUrl(), storage.remotePath(), Arrays.hashCode(storage.sealedAccessKeyId()),
                Arrays.hashCode(storage.sealedSecretAccessKey())));
        return new StorageLocation.Byos(storage.storageUuid(), storage.provider(), storage.bucketName(), storage.region(),
                storage.endpointUrl(), storage.remotePath(), keyId, secret, tag);
    }

    /** The sealing context of a credential field: it binds the ciphertext to its storage and field. */
    static String context(StorageRecord storage, String field) {
        return "storage:" + storage.storageUuid() + ":" + field;
    }

    /** The sealing context of a credential field of a storage that is being created. */
    static String context(java.util.UUID storageUuid, String field) {
        return "storage:" + storageUuid + ":" + field;
    }
}
