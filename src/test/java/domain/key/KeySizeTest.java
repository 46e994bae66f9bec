package domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySizeTest {

    @ParameterizedTest
    @CsvSource({"0.09, 0.25, 3, nucleus size must be 0.10 to 1.00", "0.25, 1.01, 3, rotor size must be 0.10 to 1.00",
            "0.25, 0.25, 1, number of rotors must be 2 to 4", "0.25, 0.25, 5, number of rotors must be 2 to 4",
            "0.255, 0.25, 3, at most two decimals"})
    void customRejectsValuesOutsideTheReferenceRanges(String n, String r, int k, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeySize.custom(new BigDecimal(n), new BigDecimal(r), k));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void everyTwoDecimalSizeIsRecoveredFromItsShape() {
        for (int hundredths = 10; hundredths <= 100; hundredths++) {
            BigDecimal mb = BigDecimal.valueOf(hundredths, 2);
            KeySize size = KeySize.custom(mb, mb, 3);
            assertEquals(size, KeySize.ofShape(size.shape()), mb.toPlainString());
        }
    }

    @Test
    void presetsHaveTheReferenceSizesAndShapes() {
        assertEquals(new KeySize(new BigDecimal("0.25"), new BigDecimal("0.25"), 2), Preset.SMALL.size());
        assertEquals(new KeyShape(976, 976, 2), Preset.SMALL.size().shape());
        assertEquals(new KeyShape(3906, 3906, 3), Preset.BIG.size().shape());
        assertEquals(Preset.MEDIUM, Preset.DEFAULT);
        assertEquals(Preset.BIG.size(), KeySize.custom(new BigDecimal("1.0"), new BigDecimal("1"), 3));
    }

    @Test
    void customAcceptsTheRangeEnds() {
        assertEquals(new KeyShape(390, 3906, 2), KeySize.custom(new BigDecimal("0.10"), new BigDecimal("1.00"), 2).shape());
        assertEquals(new KeyShape(3906, 390, 4), KeySize.custom(new BigDecimal("1.00"), new BigDecimal("0.10"), 4).shape());
        // (1.00 + 4 * 1.00) MB and (0.10 + 2 * 0.10) MB on disk
        assertEquals(5_000_000L, KeySize.custom(new BigDecimal("1.00"), new BigDecimal("1.00"), 4).nominalBytes());
        assertEquals(300_000L, KeySize.custom(new BigDecimal("0.10"), new BigDecimal("0.10"), 2).nominalBytes());
    }

    @Test
    void sizesArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new KeySize(BigDecimal.ZERO, BigDecimal.ONE, 2));
        assertThrows(IllegalArgumentException.class, () -> new KeySize(BigDecimal.ONE, BigDecimal.ONE, 0));
        assertThrows(IllegalArgumentException.class, () -> KeySize.custom(null, BigDecimal.ONE, 2));
    }

    @Test
    void mediumIsTheDefaultShape() {
        assertEquals(new KeyShape(976, 976, 3), Preset.MEDIUM.size().shape());
        assertEquals(976L * 976 * 976 * 976, Preset.MEDIUM.size().shape().iterationCapacity());
    }
}
