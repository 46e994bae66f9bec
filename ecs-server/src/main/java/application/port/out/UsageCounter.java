package application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Counts of a key's use of the internal storage, for the per-key limits. */
public interface UsageCounter {
    /**
     * Distinct sequence numbers of the key for which upload URLs were issued at or after {@code since}, other than
     * {@code exceptSeq} (null: all). Upload URLs for several Deltas at one sequence number (devices renewing at the
     * same time, of which one wins) count once: the key gains one Delta there at most.
     */
    long uploadsSince(UUID keyUuid, Instant since, Integer exceptSeq);

    /** Distinct Deltas other than {@code exceptDelta} for which upload URLs at sequence {@code seq} were issued at or after {@code since}. */
    long competingUploadsSince(UUID keyUuid, int seq, Instant since, UUID exceptDelta);

    /** Deltas registered for the key. */
    long storedDeltas(UUID keyUuid);

    /** Download URLs issued for the key at or after {@code since}. */
    long downloadsSince(UUID keyUuid, Instant since);

    /** Records an issued download URL. */
    void recordDownload(UUID keyUuid, UUID deltaUuid, Instant at);
}
