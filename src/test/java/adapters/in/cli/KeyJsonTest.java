package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The capacity-left objects: {@code percent_remaining} is the very figure the {@code display} starts with. */
class KeyJsonTest {

    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource({
            // the reference's list-keys and view-key examples
            "734003200, 1073741824, 68.3",   // 68.36 %: rounded down, as the reference shows it
            "838860800, 1073741824, 78.1",   // 78.125 %
            "4026531840, 5368709120, 75.0",
            "157286400, 209715200, 75.0",
            "52428800, 104857600, 50.0",
            // where rounding half-up would overstate what is left
            "9996, 10000, 99.9",             // 99.96 %: half-up would say 100.0
            "9969, 10000, 99.6",             // 99.69 %: half-up would say 99.7
            "0, 0, 0.0"})
    void percentRemainingIsRoundedDownLikeTheDisplay(long remaining, long total, String percent) throws Exception {
        JsonNode o = new ObjectMapper().readTree(Json.write(KeyJson.left(BigInteger.valueOf(remaining), BigInteger.valueOf(total))));
        assertEquals(percent, o.get("percent_remaining").asText(), o.toString());
        assertTrue(o.get("percent_remaining").isNumber(), o.toString());
        assertTrue(o.get("display").asText().startsWith(percent + "% "), o.toString());
        assertEquals(remaining, o.get("remaining_bytes").asLong());
        assertEquals(total, o.get("total_bytes").asLong());
    }
}
