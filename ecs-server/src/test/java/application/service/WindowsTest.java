package application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** UTC day and month windows and the Retry-After seconds until they reset. */
class WindowsTest {

    @Test
    void halfAMinuteBeforeTheEndOfJanuaryBothWindowsResetIn30Seconds() {
        Windows w = Windows.at(Instant.parse("2026-01-31T23:59:30Z"));
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), w.dayStart());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), w.monthStart());
        assertEquals(30, w.secondsToNextDay());
        assertEquals(30, w.secondsToNextMonth());
    }

    @Test
    void midMonthTheMonthWindowResetsAtTheFirstOfTheNext() {
        Windows w = Windows.at(Instant.parse("2026-02-15T12:00:00Z"));
        assertEquals(12 * 3600, w.secondsToNextDay());
        assertEquals((13 * 24 + 12) * 3600, w.secondsToNextMonth());
    }
}
