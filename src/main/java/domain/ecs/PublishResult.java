package domain.ecs;

/** What {@link KeyLedger#publish} decided. */
public sealed interface PublishResult {

    /** The Delta is registered; its iteration exists with nothing claimed. */
    record Published(DeltaRecord record, KeyLedger after) implements PublishResult { }

    /** Another Delta already holds that sequence number (the reference's renewal-upload conflict, D6). */
    record SequenceTaken(DeltaRecord existing) implements PublishResult { }

    /** Sequence numbers are dense: the next Delta must have {@code expected} (latest + 1). */
    record OutOfSequence(int requested, int expected) implements PublishResult { }

    /** The same Delta UUID is already registered (a retried publish); nothing changed. */
    record AlreadyPublished(DeltaRecord existing) implements PublishResult { }
}
