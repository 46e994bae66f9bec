package adapters.in.rest.dto;

import application.port.in.LimitsView;
import java.util.UUID;

/** The StorageLimits schema. */
public record LimitsJson(UUID keyUuid, String message, Usage usage) {

    /** Usage. */
    public record Usage(Uploads uploads, Downloads downloads) { }

    /** Upload metrics. */
    public record Uploads(Metric daily, Metric monthly, Metric stored) { }

    /** Download metrics. */
    public record Downloads(Metric daily, Metric monthly) { }

    /** Metric: limit, remaining and percentage are null without a limit. */
    public record Metric(long used, Long limit, Long remaining, Long percentage, boolean hasLimit) {
        static Metric of(LimitsView.Metric m) {
            return new Metric(m.used(), m.hasLimit() ? m.limit() : null, m.remaining(), m.percentage(), m.hasLimit());
        }
    }

    /** The JSON of a limits view. */
    public static LimitsJson of(LimitsView v) {
        LimitsView.Usage u = v.usage();
        Usage usage = u == null ? null : new Usage(
                new Uploads(Metric.of(u.uploadsDaily()), Metric.of(u.uploadsMonthly()), Metric.of(u.uploadsStored())),
                new Downloads(Metric.of(u.downloadsDaily()), Metric.of(u.downloadsMonthly())));
        return new LimitsJson(v.keyUuid(), v.message(), usage);
    }
}
