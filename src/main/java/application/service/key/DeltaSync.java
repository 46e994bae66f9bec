package application.service.key;

import application.port.in.OmegaSafeException;
import domain.ecs.DeltaRecord;
import application.port.out.EcsSession;
import application.port.out.EncryptedFileFormat;
import application.port.out.KeyStore;
import application.port.out.NotAnEncryptedFileException;
import application.service.file.FileDecryptor;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delta pulling: compares the ECS Delta list with the local iterations, stops on a same-sequence UUID
 * conflict, then downloads, decrypts with the local Alpha, validates and saves each missing Delta in
 * sequence order. Idempotent by UUID.
 */
public final class DeltaSync {
    private final KeyStore keys;
    private final EncryptedFileFormat format;

    public DeltaSync(KeyStore keys, EncryptedFileFormat format) {
        this.keys = keys;
        this.format = format;
    }

    /** Pulls the missing Deltas with {@code seq <= upTo}; returns those saved, in order. */
    public List<DeltaRecord> pull(UUID keyUuid, EcsSession session, int upTo, Optional<String> traditionalPassword) {
        KeyIteration alpha = keys.find(keyUuid, 0).orElseThrow(() -> new OmegaSafeException(
                "key " + keyUuid + " has no local Alpha on this device", LocalKeys.importKeyHint(keyUuid)));
        List<DeltaRecord> remote = new ArrayList<>(session.deltas().list(keyUuid));
        remote.sort(Comparator.comparingInt(DeltaRecord::seq));
        List<KeyIteration> local = keys.iterations(keyUuid);
        requireNoConflict(keyUuid, local, remote);
        List<DeltaRecord> pulled = new ArrayList<>();
        for (DeltaRecord d : remote) {
            if (d.seq() > upTo) break;
            if (local.stream().anyMatch(i -> i.iterationUuid().equals(d.deltaUuid()))) continue;
            keys.save(fetch(session, alpha, d, traditionalPassword));
            pulled.add(d);
        }
        return pulled;
    }

    private KeyIteration fetch(EcsSession session, KeyIteration alpha, DeltaRecord d, Optional<String> password) {
        try {
            byte[] encrypted = session.deltas().download(d.keyUuid(), d.deltaUuid());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (EncryptedFileFormat.Opened opened = format.decode(encrypted, password)) {
                if (!opened.metadata().keyUuid().equals(alpha.keyUuid())) {
                    throw new NotAnEncryptedFileException("Delta " + d.deltaUuid() + " belongs to another key");
                }
                new FileDecryptor(opened, alpha).finish(bytes);
            }
            KeyIteration delta = KeyIterationCodec.decode(bytes.toByteArray());
            if (!delta.keyUuid().equals(alpha.keyUuid()) || delta.seq() != d.seq() || !delta.iterationUuid().equals(d.deltaUuid())
                    || delta.seq() < 1 || !delta.shape().equals(alpha.shape())) {
                throw new OmegaSafeException("Delta " + d.deltaUuid() + " from the ECS does not match its record (key, sequence "
                        + d.seq() + " or shape)", "the ECS holds an inconsistent Delta; do not use this key until it is resolved");
            }
            return delta;
        } catch (IOException | IllegalArgumentException e) {
            throw new OmegaSafeException("cannot pull Delta " + d.seq() + " (" + d.deltaUuid() + "): " + e.getMessage(), null, e);
        }
    }

    /** Same sequence, different UUID between local and ECS: a divergence that needs manual recovery. */
    public static void requireNoConflict(UUID keyUuid, List<KeyIteration> local, List<DeltaRecord> remote) {
        for (DeltaRecord d : remote) {
            for (KeyIteration it : local) {
                if (it.seq() == d.seq() && !it.iterationUuid().equals(d.deltaUuid())) {
                    throw new OmegaSafeException("Delta sequence " + d.seq() + " of key " + keyUuid + " is "
                            + it.iterationUuid() + " on this device but " + d.deltaUuid() + " in the ECS",
                            "the local key state diverged from the ECS: remove the key locally (omegasafe delete-key) and "
                                    + "import its Alpha again (omegasafe import-key) to pull the authoritative Deltas");
                }
            }
        }
    }
}
