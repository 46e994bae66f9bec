package application.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What decrypt may create from a stored name, and which names an override may be. */
class FileNamesTest {

    @Test
    void aStoredNameIsRestoredWithItsControlCharactersShownAndEverythingElseAsStored() {
        assertEquals(Optional.of("report.pdf"), FileNames.restoredName("report.pdf"));
        assertEquals(Optional.of("résumé 日本語.txt"), FileNames.restoredName("résumé 日本語.txt"));
        assertEquals(Optional.of("rep\\e[2J\\e]0;t\\x07.txt"), FileNames.restoredName("rep\u001b[2J\u001b]0;t\u0007.txt"));
        assertEquals(Optional.of("a\\nb.txt"), FileNames.restoredName("a\nb.txt"));
        assertEquals(Optional.of("\\u202etxt.exe"), FileNames.restoredName("\u202etxt.exe"));
        assertEquals(Optional.of("back\\slash"), FileNames.restoredName("back\\slash"));
        assertEquals(Optional.of("..."), FileNames.restoredName("..."));
    }

    @Test
    void aStoredNameThatIsNotAPlainNameIsRefused() {
        for (String bad : new String[] {"", ".", "..", "a/b", "/etc/passwd", "../x", "nul\u0000.txt"}) {
            assertEquals(Optional.empty(), FileNames.restoredName(bad), "'" + bad + "'");
        }
    }

    @Test
    void anOverrideIsAPlainNameAndItsRefusalShowsControlCharactersEscaped() {
        assertEquals("mine\u001b.txt", FileNames.requirePlainName("mine\u001b.txt"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FileNames.requirePlainName("a/\u001b"));
        assertEquals("not a plain file name: 'a/\\e'", e.getMessage());
    }
}
