package application.port.in;

import java.util.UUID;

/**
 * A key's internal-storage usage (reference key-storage-limits): null usage and a message for keys on BYOS.
 */
public record LimitsView(UUID keyUuid, String message, Usage usage) {

    /** Upload and download metrics. */
    public record Usage(Metric uploadsDaily, Metric uploadsMonthly, Metric uploadsStored, Metric downloadsDaily,
                        Metric downloadsMonthly) { }

    /**
     * One metric; {@code limit} 0 means no limit.
     */
    public record Metric(long used, long limit) {
        /** False when the limit is 0 (no limit). */
        public boolean hasLimit() { return limit > 0; }

        /** Positions left before the limit, at least 0; null without a limit. */
        public Long remaining() { return hasLimit() ? Math.max(0, limit - used) : null; }

        /** round(100 * used / limit); null without a limit. */
        public Long percentage() { return hasLimit() ? Math.round(100.0 * used / limit) : null; }
    }
}
