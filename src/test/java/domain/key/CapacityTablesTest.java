package domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every figure of the reference's preset table and capacity guidance table, computed from the model. */
class CapacityTablesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // preset | key size on disk | capacity | max file size | supported Deltas | total capacity
            "SMALL  | 0.75 MB | 929.7 MB | 929.7 MB | 1,239      | 1.2 TB",
            "MEDIUM | 1.00 MB | 907.4 GB | 907.4 GB | 907,401    | 823.4 PB",
            "BIG    | 4.00 MB | 232.8 TB | 232.8 TB | 58,192,761 | '13,545.6 EB'"})
    void presetSummaryMatchesTheReference(Preset preset, String keySize, String capacity, String maxFile,
                                          String deltas, String total) {
        Capacity c = Capacity.of(preset.size());
        assertEquals(keySize, SizeFormat.keySize(c.nominalKeySizeBytes()));
        assertEquals(capacity, SizeFormat.decimal(c.iterationCapacity()));
        assertEquals(maxFile, SizeFormat.decimal(c.maxFileSize()));
        assertEquals(deltas, String.format(java.util.Locale.ROOT, "%,d", c.supportedDeltas()));
        assertEquals(total, SizeFormat.decimal(c.totalCapacity()));
    }

    @ParameterizedTest(name = "nucleus {0} MB")
    @CsvSource(delimiter = '|', value = {
            "0.10 | 59.3 MB  | 23.1 GB  | 9.0 TB",
            "0.25 | 929.7 MB | 907.4 GB | 885.6 TB",
            "0.50 | 7.4 GB   | 14.5 TB  | 28.4 PB",
            "0.75 | 25.1 GB  | 73.6 TB  | 215.6 PB",
            "1.00 | 59.6 GB  | 232.8 TB | 909.2 PB"})
    void capacityGuidanceTableMatchesTheReference(String mb, String twoRotors, String threeRotors, String fourRotors) {
        BigDecimal size = new BigDecimal(mb);
        String[] expected = {twoRotors, threeRotors, fourRotors};
        for (int rotors = 2; rotors <= 4; rotors++) {
            KeySize ks = KeySize.custom(size, size, rotors);
            assertEquals(expected[rotors - 2], SizeFormat.decimal(ks.shape().iterationCapacity()),
                    mb + " MB x " + rotors + " rotors");
        }
    }

    @ParameterizedTest
    @CsvSource({"0.25, 976", "1.00, 3906", "0.10, 390", "0.50, 1953", "0.75, 2929"})
    void mapCountIsFloorOfBytesOver256(String mb, int maps) {
        assertEquals(maps, KeySize.mapsFor(new BigDecimal(mb)));
        assertEquals(maps, Math.floorDiv(new BigDecimal(mb).movePointRight(6).longValueExact(), 256));
    }
}
