package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@code --json} payloads carry every control and bidirectional character as an escape, and the same text. */
class JsonTest {

    @Test
    void controlAndBidirectionalCharactersAreEscapedAndReadBackUnchanged() throws Exception {
        String name = "k\u001b[2J\u0007\u007f\u009b\u202e\u2066\u200f é 日本";
        ObjectNode o = Json.object();
        o.put("key_name_local", name);
        String text = Json.write(o);
        assertTrue(text.codePoints().noneMatch(c -> c != '\n' && domain.format.VisibleText.isControl(c)), text);
        for (String escape : new String[] {"\\u001b", "\\u0007", "\\u007f", "\\u009b", "\\u202e", "\\u2066", "\\u200f"}) {
            assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains(escape), escape + " in " + text);
        }
        assertTrue(text.contains(" é 日本"), "other characters stay as they are: " + text);
        assertEquals(name, new ObjectMapper().readTree(text).get("key_name_local").asText());
    }
}
