package application.service;

import application.failure.LimitExceeded;
import application.port.in.LimitsView;
import application.port.out.UsageCounter;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Measures a key's internal-storage usage against the limits and refuses what would exceed them. */
final class Usage {
    /** Deltas of other devices that may compete for one sequence number in a day (a renewal race). */
    static final long COMPETING_DELTAS = 16;

    private final UsageCounter counter;
    private final Limits limits;

    Usage(UsageCounter counter, Limits limits) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The key's usage now. */
    LimitsView.Usage of(UUID keyUuid, Instant now) {
        Windows w = Windows.at(now);
        return new LimitsView.Usage(
                new LimitsView.Metric(counter.uploadsSince(keyUuid, w.dayStart(), null), limits.uploadsDaily()),
                new LimitsView.Metric(counter.uploadsSince(keyUuid, w.monthStart(), null), limits.uploadsMonthly()),
                new LimitsView.Metric(counter.storedDeltas(keyUuid), limits.uploadsStored()),
                new LimitsView.Metric(counter.downloadsSince(keyUuid, w.dayStart()), limits.downloadsDaily()),
                new LimitsView.Metric(counter.downloadsSince(keyUuid, w.monthStart()), limits.downloadsMonthly()));
    }

    /**
     * Refuses an upload of Delta {@code deltaUuid} at sequence {@code seq} over the limits. An upload is a sequence
     * number: asking again, or another device's Delta for the same sequence (a renewal race, of which the confirm
     * lets one win and tells the others {@code delta_sequence_taken}), counts once; at most
     * {@link #COMPETING_DELTAS} Deltas may compete for one sequence in a day, which bounds the objects a race leaves.
     */
    void allowUpload(UUID keyUuid, int seq, UUID deltaUuid, Instant now) {
        Windows w = Windows.at(now);
        refuseAt("uploads.daily", limits.uploadsDaily(), counter.uploadsSince(keyUuid, w.dayStart(), seq),
                w.secondsToNextDay(), null);
        refuseAt("uploads.monthly", limits.uploadsMonthly(), counter.uploadsSince(keyUuid, w.monthStart(), seq),
                w.secondsToNextMonth(), null);
        if (limits.uploadsDaily() > 0) {
            refuseAt("uploads.daily", COMPETING_DELTAS, counter.competingUploadsSince(keyUuid, seq, w.dayStart(), deltaUuid),
                    w.secondsToNextDay(), "Deltas of other devices compete for sequence " + seq + "; pull the one that wins");
        }
        // No window resets the stored count: a day is when an operator's change of limits may be seen.
        refuseAt("uploads.stored", limits.uploadsStored(), counter.storedDeltas(keyUuid), 86_400,
                "move the key to a BYOS storage to keep renewing it");
    }

    /** Refuses a download over the limits. */
    void allowDownload(UUID keyUuid, Instant now) {
        Windows w = Windows.at(now);
        refuseAt("downloads.daily", limits.downloadsDaily(), counter.downloadsSince(keyUuid, w.dayStart()),
                w.secondsToNextDay(), null);
        refuseAt("downloads.monthly", limits.downloadsMonthly(), counter.downloadsSince(keyUuid, w.monthStart()),
                w.secondsToNextMonth(), null);
    }

    private static void refuseAt(String scope, long limit, long used, long retryAfter, String hint) {
        if (limit > 0 && used >= limit) throw new LimitExceeded(scope, limit, retryAfter, hint);
    }
}
