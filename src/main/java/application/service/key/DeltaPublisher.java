package application.service.key;

import domain.ecs.DeltaRecord;
import application.port.out.EcsSession;
import application.port.out.Settings;
import application.service.claim.ClaimTarget;
import application.service.claim.PositionSourceFactory;
import application.service.file.FileEncryptor;
import domain.key.KeyIteration;
import domain.key.KeyIterationCodec;
import domain.position.PositionRange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Encrypts a Delta with claimed Alpha positions (an encrypted file whose name is the Delta UUID) and
 * publishes it to the ECS. Nothing is saved locally here: callers commit locally only after the ECS
 * accepted the Delta.
 */
public final class DeltaPublisher {
    private final PositionSourceFactory positions;
    private final FileEncryptor encryptor;

    public DeltaPublisher(PositionSourceFactory positions, FileEncryptor encryptor) {
        this.positions = positions;
        this.encryptor = encryptor;
    }

    /** Returns the Alpha positions used. */
    public PositionRange publish(EcsSession session, Settings settings, KeyIteration alpha, KeyIteration delta) throws IOException {
        byte[] payload = KeyIterationCodec.encode(delta);
        FileEncryptor.Plan plan = encryptor.plan(payload.length);
        ClaimTarget alphaTarget = new ClaimTarget(alpha.keyUuid(), alpha.iterationUuid(), 0,
                alpha.shape().iterationCapacity(), session.entry().uuid());
        PositionRange range = positions.create(session.claims(), settings).take(alphaTarget, plan.positions());
        byte[] encrypted = encryptor.encode(alpha, range.start(), delta.iterationUuid().toString(), plan, payload,
                settings.traditionalLayerPassword());
        session.deltas().publish(new DeltaRecord(delta.keyUuid(), delta.iterationUuid(), delta.seq(), delta.positions()), encrypted);
        return range;
    }
}
