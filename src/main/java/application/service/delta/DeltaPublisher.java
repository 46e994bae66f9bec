package application.service.delta;

import application.port.out.DeltaRegistry;
import application.port.out.EcsSession;
import application.port.out.Settings;
import application.service.claim.ClaimTarget;
import application.service.claim.PositionSource;
import application.service.stream.FileEncryptor;
import domain.ecs.DeltaRecord;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import domain.position.PositionRange;
import java.io.IOException;

/**
 * Encrypts a Delta with claimed Alpha positions (an encrypted file whose name is the Delta UUID, in memory)
 * and publishes it to the ECS. Nothing is saved locally here: callers commit locally only after the ECS
 * accepted the Delta (reference: the renewed Delta is uploaded before local commit).
 */
public final class DeltaPublisher {
    private final PositionSource alphaPositions;
    private final FileEncryptor encryptor;

    public DeltaPublisher(PositionSource alphaPositions, FileEncryptor encryptor) {
        this.alphaPositions = alphaPositions;
        this.encryptor = encryptor;
    }

    /**
     * Publishes {@code delta} encrypted with positions of {@code alpha}; returns the Alpha positions used.
     *
     * @throws application.port.out.DeltaConflictException when the ECS already has a Delta for that sequence
     * @throws IllegalStateException when the encrypted Delta exceeds {@link DeltaRegistry#MAX_PAYLOAD_BYTES}
     */
    public PositionRange publish(EcsSession session, Settings settings, KeyIteration alpha, KeyIteration delta) throws IOException {
        byte[] payload = KeyIterationCodec.encode(delta);
        FileEncryptor.Plan plan = encryptor.plan(payload.length);
        ClaimTarget alphaTarget = new ClaimTarget(alpha.keyUuid(), alpha.iterationUuid(), 0,
                alpha.shape().iterationCapacity(), session.entry().uuid());
        PositionRange range = alphaPositions.take(alphaTarget, plan.positions());
        byte[] encrypted = encryptor.encode(alpha, range.start(), delta.iterationUuid().toString(), plan, payload,
                settings.traditionalLayerPassword());
        if (encrypted.length > DeltaRegistry.MAX_PAYLOAD_BYTES) {
            throw new IllegalStateException("the encrypted Delta is " + encrypted.length + " bytes, more than the "
                    + DeltaRegistry.MAX_PAYLOAD_BYTES + " an ECS accepts");
        }
        session.deltas().publish(new DeltaRecord(delta.keyUuid(), delta.iterationUuid(), delta.seq(), delta.positions()), encrypted);
        return range;
    }
}
