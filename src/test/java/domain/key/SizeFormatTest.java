package domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeFormatTest {

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0                         | 0 B",
            "512                       | 512 B",
            "999                       | 999 B",
            "1000                      | 1.0 KB",
            "1049                      | 1.0 KB",
            "1050                      | 1.1 KB",
            "999949                    | 999.9 KB",
            "999950                    | 1.0 MB",
            "999949999                 | 999.9 MB",
            "999999999999999999999     | 1,000.0 EB",
            "1073741824                | 1.1 GB",
            "907401035776              | 907.4 GB",
            "1000000000000000000000    | 1,000.0 EB",
            "13545589773745340243856   | '13,545.6 EB'"})
    void decimalUnitsOneDecimalHalfUpAndGroupingWithNoUnitPastEb(String bytes, String expected) {
        assertEquals(expected, SizeFormat.decimal(new BigInteger(bytes)));
    }

    @Test
    void keySizeOnDiskHasTwoDecimals() {
        assertEquals("0.75 MB", SizeFormat.keySize(750_000));
        assertEquals("1.00 MB", SizeFormat.keySize(1_000_000));
        assertEquals("4.00 MB", SizeFormat.keySize(4_000_000));
    }

    /**
     * The capacity-left objects of the reference's list-keys example. Their percentages and byte counts
     * are taken as they are; their sizes are in binary units there, while the project shows decimal units
     * everywhere (SPEC §2), so the middle part is the decimal size of the same count.
     */
    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource(delimiter = '|', value = {
            "838860800  | 1073741824 | 78.1 | '78.1% 800.0 MB (838,860,800 bytes)'",
            "4026531840 | 5368709120 | 75.0 | '75.0% 3.8 GB (4,026,531,840 bytes)'",
            "734003200  | 1073741824 | 68.3 | '68.3% 700.0 MB (734,003,200 bytes)'"})
    void capacityLeftHasTheReferencePercentageAndByteCount(long remaining, long total, String percent, String reference) {
        assertEquals(new BigDecimal(percent), SizeFormat.percent(BigInteger.valueOf(remaining), BigInteger.valueOf(total)));
        String shown = SizeFormat.capacityLeft(remaining, total);
        String referenceBytes = reference.substring(reference.indexOf(" ("));
        assertEquals(percent + "% " + SizeFormat.decimal(remaining) + referenceBytes, shown);
        assertTrue(shown.startsWith(reference.substring(0, reference.indexOf(' ') + 1)), shown);
    }

    @Test
    void capacityLeftSpelledOutForTheReferenceExamples() {
        // 838,860,800 / 10^6 = 838.86 -> 838.9 MB; 4,026,531,840 / 10^9 = 4.03 -> 4.0 GB
        assertEquals("78.1% 838.9 MB (838,860,800 bytes)", SizeFormat.capacityLeft(838_860_800L, 1_073_741_824L));
        assertEquals("75.0% 4.0 GB (4,026,531,840 bytes)", SizeFormat.capacityLeft(4_026_531_840L, 5_368_709_120L));
        assertEquals("1.1 GB (1,073,741,824 bytes)", SizeFormat.withBytes(1_073_741_824L));
    }

    @Test
    void percentIsRoundedDownSoCapacityLeftIsNeverOverstated() {
        assertEquals(new BigDecimal("99.9"), SizeFormat.percent(BigInteger.valueOf(9_999), BigInteger.valueOf(10_000)));
        assertEquals(new BigDecimal("0.0"), SizeFormat.percent(BigInteger.ONE, BigInteger.valueOf(10_000)));
        assertEquals(new BigDecimal("100.0"), SizeFormat.percent(BigInteger.TEN, BigInteger.TEN));
        assertEquals(new BigDecimal("0.0"), SizeFormat.percent(BigInteger.ZERO, BigInteger.ZERO));
        assertEquals("0.0% 0 B (0 bytes)", SizeFormat.capacityLeft(0, 0));
    }
}
