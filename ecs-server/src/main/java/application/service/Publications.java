package application.service;

import application.failure.DeltaOutOfSequence;
import application.failure.DeltaSequenceTaken;
import application.failure.EcsFailure;
import domain.ecs.KeyLedger;
import domain.ecs.PublishResult;

/** What {@link KeyLedger#publish} decided, in the API's words. */
final class Publications {
    private Publications() { }

    /**
     * The ledger after publishing, or the failure: a taken sequence (by another Delta, or by this one when it is
     * registered already) is {@link DeltaSequenceTaken}, a sequence that is not latest + 1 {@link DeltaOutOfSequence}.
     */
    static KeyLedger publishedOrThrow(PublishResult result, int seq) {
        return switch (result) {
            case PublishResult.Published p -> p.after();
            case PublishResult.SequenceTaken t -> throw new DeltaSequenceTaken(seq, t.existing().deltaUuid());
            case PublishResult.AlreadyPublished a -> throw new DeltaSequenceTaken(seq, a.existing().deltaUuid());
            case PublishResult.OutOfSequence o -> throw new DeltaOutOfSequence(seq, o.expected());
        };
    }

    /** The failure of a publication the store refused although the ledger accepted it before: reloaded, the ledger says why. */
    static RuntimeException refusal(PublishResult reloaded, int seq) {
        try {
            publishedOrThrow(reloaded, seq);
            return new IllegalStateException("the store refused a Delta the ledger accepts");
        } catch (EcsFailure f) {
            return f;
        }
    }
}
