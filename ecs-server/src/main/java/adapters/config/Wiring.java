package adapters.config;

import adapters.out.crypto.AesGcmSealer;
import adapters.out.postgres.PostgresApiKeys;
import adapters.out.postgres.PostgresClaims;
import adapters.out.postgres.PostgresFences;
import adapters.out.postgres.PostgresInvitations;
import adapters.out.postgres.PostgresKeyLedgers;
import adapters.out.postgres.PostgresRelations;
import adapters.out.postgres.PostgresStorages;
import adapters.out.postgres.PostgresUploadAttempts;
import adapters.out.postgres.PostgresUsage;
import adapters.out.postgres.PostgresUsers;
import adapters.out.s3.InternalBucket;
import adapters.out.s3.S3Clients;
import adapters.out.s3.S3DeltaObjects;
import adapters.out.s3.S3Presigning;
import adapters.out.s3.S3Verifier;
import adapters.out.s3.S3Witness;
import adapters.out.system.InMemoryChangedKeys;
import adapters.out.system.SecureEntropy;
import adapters.out.system.SystemClock;
import application.access.KeyAccess;
import application.port.out.ApiKeyDirectory;
import application.port.out.ChangedKeys;
import application.port.out.ClaimStore;
import application.port.out.Clock;
import application.port.out.DeltaObjectStore;
import application.port.out.Entropy;
import application.port.out.FenceStore;
import application.port.out.InvitationStore;
import application.port.out.KeyLedgerStore;
import application.port.out.Presigner;
import application.port.out.RelationStore;
import application.port.out.SecretSealer;
import application.port.out.StorageDirectory;
import application.port.out.StorageVerifier;
import application.port.out.UploadAttemptStore;
import application.port.out.UsageCounter;
import application.port.out.UserDirectory;
import application.port.out.Witness;
import application.service.KeyViews;
import application.service.Limits;
import application.service.Locations;
import application.service.StorageRules;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Produces the outbound adapters behind each port, and the shared rule and helpers of the use cases. */
@ApplicationScoped
public class Wiring {

    @Produces @Singleton UserDirectory users(AgroalDataSource ds) { return new PostgresUsers(ds); }

    @Produces @Singleton ApiKeyDirectory apiKeys(AgroalDataSource ds) { return new PostgresApiKeys(ds); }

    @Produces @Singleton RelationStore relations(AgroalDataSource ds) { return new PostgresRelations(ds); }

    @Produces @Singleton KeyLedgerStore ledgers(AgroalDataSource ds) { return new PostgresKeyLedgers(ds); }

    @Produces @Singleton ClaimStore claims(AgroalDataSource ds) { return new PostgresClaims(ds); }

    @Produces @Singleton FenceStore fences(AgroalDataSource ds) { return new PostgresFences(ds); }

    @Produces @Singleton StorageDirectory storages(AgroalDataSource ds) { return new PostgresStorages(ds); }

    @Produces @Singleton UploadAttemptStore attempts(AgroalDataSource ds) { return new PostgresUploadAttempts(ds); }

    @Produces @Singleton UsageCounter usage(AgroalDataSource ds) { return new PostgresUsage(ds); }

    @Produces @Singleton InvitationStore invitations(AgroalDataSource ds) { return new PostgresInvitations(ds); }

    @Produces @Singleton Clock clock() { return new SystemClock(); }

    @Produces @Singleton Entropy entropy() { return new SecureEntropy(); }

    @Produces @Singleton ChangedKeys changedKeys() { return new InMemoryChangedKeys(); }

    @Produces @Singleton
    S3Clients s3Clients(S3Client internal, S3Presigner presigner, EcsConfig config) {
        return new S3Clients(internal, presigner, config.internalStorage().bucket(), config.storage().connectTimeout(),
                config.storage().socketTimeout());
    }

    void closeS3Clients(@Disposes S3Clients clients) { clients.close(); }

    @Produces @Singleton DeltaObjectStore objects(S3Clients clients) { return new S3DeltaObjects(clients); }

    @Produces @Singleton Presigner presigner(S3Clients clients) { return new S3Presigning(clients); }

    @Produces @Singleton StorageVerifier verifier(S3Clients clients) { return new S3Verifier(clients); }

    @Produces @Singleton Witness witness(S3Clients clients, EcsConfig config) {
        return new S3Witness(clients, config.witness().prefix());
    }

    @Produces @Singleton InternalBucket internalBucket(S3Clients clients) { return new InternalBucket(clients); }

    @Produces @Singleton
    SecretSealer sealer(EcsConfig config) {
        String base64 = config.masterKey().value().orElseGet(() -> config.masterKey().file().map(Wiring::read).orElseThrow(
                () -> new IllegalStateException("no master key: set ECS_MASTER_KEY_VALUE (Base64 of 32 random bytes)"
                        + " or ECS_MASTER_KEY_FILE")));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the master key is not Base64");
        }
        return new AesGcmSealer(key);
    }

    @Produces @Singleton KeyAccess keyAccess(RelationStore relations) { return new KeyAccess(relations); }

    @Produces @Singleton KeyViews keyViews(StorageDirectory storages, UserDirectory users) { return new KeyViews(storages, users); }

    @Produces @Singleton Locations locations(SecretSealer sealer) { return new Locations(sealer); }

    @Produces @Singleton
    Limits limits(EcsConfig config) {
        EcsConfig.LimitsConfig l = config.limits();
        return new Limits(l.uploadsDaily(), l.uploadsMonthly(), l.uploadsStored(), l.downloadsDaily(), l.downloadsMonthly());
    }

    @Produces @Singleton StorageRules storageRules(EcsConfig config) { return new StorageRules(config.storage().allowHttpLoopback()); }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the master key file " + file + ": " + e.getClass().getSimpleName());
        }
    }
}
