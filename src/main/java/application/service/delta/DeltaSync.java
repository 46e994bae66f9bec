package application.service.delta;

import application.port.in.failure.DeltaFailure;
import application.port.in.failure.FailureException;
import application.port.out.EcsSession;
import application.port.out.EncryptedFileFormat;
import application.port.out.NotAnEncryptedFileException;
import application.service.shared.LocalKeys;
import application.service.stream.FileDecryptor;
import domain.ecs.DeltaRecord;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delta pulling (reference: Delta Pulling Semantics): compares the ECS Delta list with the local iterations,
 * stops on a same-sequence UUID conflict, then downloads, decrypts with the local Alpha, validates and saves
 * each missing Delta in sequence order. Idempotent by UUID. Never runs under the cache lock.
 */
public final class DeltaSync {
    private final LocalKeys keys;
    private final EncryptedFileFormat format;

    public DeltaSync(LocalKeys keys, EncryptedFileFormat format) {
        this.keys = keys;
        this.format = format;
    }

    /** What happened to one missing Delta: saved here, or found already present when saving (another process pulled it). */
    public record Pulled(DeltaRecord delta, boolean imported) { }

    /**
     * Pulls the Deltas the ECS lists and this device lacks, with {@code seq <= upTo}, in order.
     *
     * @return one entry per missing Delta, in sequence order
     * @throws FailureException with {@link DeltaFailure.Diverged} on a same-sequence conflict (nothing pulled),
     *                          {@link DeltaFailure.Inconsistent} or {@link DeltaFailure.Unreadable} for a bad payload
     * @throws application.port.out.EcsException as the ECS reports it (unavailable, authentication, ...)
     */
    public List<Pulled> pull(UUID keyUuid, EcsSession session, int upTo, Optional<String> traditionalPassword) {
        KeyIteration alpha = keys.requireAlpha(keyUuid);
        List<DeltaRecord> remote = new ArrayList<>(session.deltas().list(keyUuid));
        remote.sort(Comparator.comparingInt(DeltaRecord::seq));
        List<KeyIteration> local = keys.iterations(keyUuid);
        requireNoConflict(keyUuid, local, remote, session.entry().uuid());
        List<Pulled> pulled = new ArrayList<>();
        for (DeltaRecord d : remote) {
            if (d.seq() > upTo) break;
            if (local.stream().anyMatch(i -> i.iterationUuid().equals(d.deltaUuid()))) continue;
            pulled.add(new Pulled(d, keys.store().save(fetch(session, alpha, d, traditionalPassword))));
        }
        return pulled;
    }

    /** The newest Delta among those just pulled, if any was. */
    public static Optional<DeltaRecord> newest(List<Pulled> pulled) {
        return pulled.stream().map(Pulled::delta).max(Comparator.comparingInt(DeltaRecord::seq));
    }

    private KeyIteration fetch(EcsSession session, KeyIteration alpha, DeltaRecord d, Optional<String> password) {
        KeyIteration delta;
        try {
            byte[] encrypted = session.deltas().download(d.keyUuid(), d.deltaUuid());
            delta = DeltaPayload.decrypt(format, encrypted, alpha, password);
        } catch (IOException | NotAnEncryptedFileException | IllegalArgumentException e) {
            throw new FailureException(new DeltaFailure.Unreadable(d.keyUuid(), d.deltaUuid(), d.seq(), e.getMessage()), e);
        }
        if (!delta.keyUuid().equals(alpha.keyUuid()) || delta.seq() != d.seq() || !delta.iterationUuid().equals(d.deltaUuid())
                || !delta.shape().equals(alpha.shape())) {
            throw new FailureException(new DeltaFailure.Inconsistent(d.keyUuid(), d.deltaUuid(), d.seq()));
        }
        return delta;
    }

    /**
     * Same sequence, different UUID between this device and the ECS: a divergence that needs manual recovery.
     *
     * @throws FailureException with {@link DeltaFailure.Diverged}
     */
    public static void requireNoConflict(UUID keyUuid, List<KeyIteration> local, List<DeltaRecord> remote, UUID ecsUuid) {
        for (DeltaRecord d : remote) {
            for (KeyIteration it : local) {
                if (it.seq() == d.seq() && !it.iterationUuid().equals(d.deltaUuid())) {
                    throw new FailureException(new DeltaFailure.Diverged(keyUuid, d.seq(), it.iterationUuid(), d.deltaUuid(), ecsUuid));
                }
            }
        }
    }

    /** Encrypted Delta payloads: decrypted in memory with the Alpha's positions and decoded. */
    static final class DeltaPayload {
        private DeltaPayload() { }

        /**
         * The Delta in {@code encrypted}.
         *
         * @throws NotAnEncryptedFileException when it is not an encrypted file of this key or does not verify
         * @throws IllegalArgumentException    when the plaintext is not a key iteration
         */
        static KeyIteration decrypt(EncryptedFileFormat format, byte[] encrypted, KeyIteration alpha, Optional<String> password)
                throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (EncryptedFileFormat.Opened opened = format.decode(encrypted, password)) {
                if (!opened.metadata().keyUuid().equals(alpha.keyUuid())) {
                    throw new NotAnEncryptedFileException("the Delta belongs to another key");
                }
                new FileDecryptor(opened, alpha).finish(bytes);
            }
            return KeyIterationCodec.decode(bytes.toByteArray());
        }
    }
}
