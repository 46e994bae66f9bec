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
    void mediumIsTheDefaultShape() {
        assertEquals(new KeyShape(976, 976, 3), Preset.MEDIUM.size().shape());
        assertEquals(976L * 976 * 976 * 976, Preset.MEDIUM.size().shape().iterationCapacity());
    }
}
