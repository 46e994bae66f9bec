package application.port.out;

import java.time.Instant;
import java.util.UUID;

/** Counts of a key's use of the internal storage, for the per-key limits. */
public interface UsageCounter {
    /** Distinct Deltas of the key for which upload URLs were issued at or after {@code since}, other than {@code except}. */
    long uploadsSince(UUID keyUuid, Instant since, UUID except);

    /** Deltas registered for the key. */
    long storedDeltas(UUID keyUuid);

    /** Download URLs issued for the key at or after {@code since}. */
    long downloadsSince(UUID keyUuid, Instant since);

    /** Records an issued download URL. */
    void recordDownload(UUID keyUuid, UUID deltaUuid, Instant at);
}
