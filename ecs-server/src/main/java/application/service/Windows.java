package application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The UTC day and month windows of the limits, and the seconds until each resets (Retry-After). */
record Windows(Instant dayStart, Instant monthStart, long secondsToNextDay, long secondsToNextMonth) {

    /** The windows that hold {@code now}. */
    static Windows at(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant day = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant month = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant nextDay = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant nextMonth = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Windows(day, month, Math.max(1, nextDay.getEpochSecond() - now.getEpochSecond()),
                Math.max(1, nextMonth.getEpochSecond() - now.getEpochSecond()));
    }
}
