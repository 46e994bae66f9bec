package domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizeFormatTest {

    @Test
    void formatsWithDecimalUnitsOneDecimalAndGrouping() {
        assertEquals("512 B", SizeFormat.decimal(512));
        assertEquals("1.0 KB", SizeFormat.decimal(1000));
        assertEquals("1.1 GB", SizeFormat.decimal(1_073_741_824L));
        assertEquals("1,000.0 EB", SizeFormat.decimal(java.math.BigInteger.TEN.pow(21)));
    }

    @Test
    void capacityLeftAndWithBytesFollowTheReferenceShape() {
        // reference list-keys example: "78.1% 800.0 MB (838,860,800 bytes)" is 838,860,800 of 1,073,741,824
        assertEquals("78.1% 838.9 MB (838,860,800 bytes)", SizeFormat.capacityLeft(838_860_800L, 1_073_741_824L));
        assertEquals("1.1 GB (1,073,741,824 bytes)", SizeFormat.withBytes(1_073_741_824L));
    }
}
