package adapters.in.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names through encrypt and decrypt: any legal name in, the same name out (names of 240 and 255 bytes, any
 * script), and nothing a stored name holds can act on the terminal or escape the output directory.
 */
@QuarkusMainTest
class FileNamesCommandTest {

    @TempDir
    Path tmp;

    private Omega omega;
    private String key;

    private void setUp(QuarkusMainLauncher launcher) throws Exception {
        omega = new Omega(launcher, Files.createDirectory(tmp.resolve("cfg")));
        key = omega.setUpKey();
    }

    /** Encrypts {@code input} to {@code enc/<n>.omegasafe} and decrypts it into a new directory; returns that directory. */
    private Path roundTrip(Path input, int n, String... decryptArgs) throws Exception {
        Path enc = Files.createDirectories(tmp.resolve("enc"));
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", enc.toString(), "-f", n + ".omegasafe");
        Path back = Files.createDirectory(tmp.resolve("back" + n));
        LaunchResult r = omega.ok(Stream.concat(Stream.of("decrypt", "-i", enc.resolve(n + ".omegasafe").toString(), "-o", back.toString()),
                Stream.of(decryptArgs)).toArray(String[]::new));
        assertNoControlCharacters(r);
        return back;
    }

    private static void assertNoControlCharacters(LaunchResult r) {
        for (String text : List.of(r.getOutput(), r.getErrorOutput())) {
            assertTrue(text.codePoints().noneMatch(c -> c != '\n' && domain.format.VisibleText.isControl(c)),
                    () -> "a control character reached the terminal: " + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    private static void assumeUnicodeFileNames() {
        Assumptions.assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding")).equals(StandardCharsets.UTF_8),
                "this test JVM runs under a locale whose file names are not UTF-8 (run the build under LANG=C.UTF-8); "
                        + "the packaged application is tested under the C locale by FileNameLocaleIT");
    }

    @Test
    void namesOf240And255BytesRoundTrip(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        int n = 0;
        for (int length : new int[] {240, 255}) {
            String name = "n".repeat(length - 4) + ".txt";
            Path input = Files.writeString(Files.createDirectories(tmp.resolve("in" + length)).resolve(name), "len " + length);
            Path back = roundTrip(input, ++n);
            assertEquals("len " + length, Files.readString(back.resolve(name)), "restored under its own name of " + length + " bytes");
        }
        // an encrypted output of 255 bytes: the temporary file beside it has a short name of its own
        String longOutput = "e".repeat(245) + ".omegasafe";
        omega.ok("encrypt", "-i", tmp.resolve("in240").resolve("n".repeat(236) + ".txt").toString(), "-k", key,
                "-o", tmp.toString(), "-f", longOutput);
        assertTrue(Files.isRegularFile(tmp.resolve(longOutput)));
    }

    @Test
    void aStoredNameTooLongForTheFileSystemSaysSoAndAnOverrideRestoresTheFile(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Path enc = CraftedFiles.withStoredName(omega.root, "x".repeat(300), "long".getBytes(StandardCharsets.UTF_8),
                tmp.resolve("long.omegasafe"));
        Path back = Files.createDirectory(tmp.resolve("back"));
        LaunchResult r = omega.run("decrypt", "-i", enc.toString(), "-o", back.toString());
        assertEquals(1, r.exitCode(), r.getErrorOutput());
        assertTrue(r.getErrorOutput().startsWith("error: file name too long for the file system: " + back.resolve("x".repeat(300))),
                r.getErrorOutput());
        assertTrue(r.getErrorOutput().contains("hint: choose a shorter name with --file-name-override"), r.getErrorOutput());
        try (Stream<Path> s = Files.list(back)) {
            assertEquals(0, s.count(), "nothing left behind");
        }
        omega.ok("decrypt", "-i", enc.toString(), "-o", back.toString(), "-f", "short.txt");
        assertEquals("long", Files.readString(back.resolve("short.txt")));
    }

    @Test
    void controlCharactersOfAStoredNameBecomeVisibleEscapesOnDiskAndOnScreen(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        // stored name -> the name decrypt creates (and prints)
        String[][] cases = {
                {"rep\u001b[2J\u001b]0;t\u0007.txt", "rep\\e[2J\\e]0;t\\x07.txt"},   // clear screen, window title, bell
                {"two\nlines\r.txt", "two\\nlines\\r.txt"},
                {"tab\there\u007f.txt", "tab\\there\\x7f.txt"},
                {"\u202etxt.exe", "\\u202etxt.exe"},                               // right-to-left override
                {"csi\u009b2J.txt", "csi\\x9b2J.txt"},                             // the 8-bit CSI
        };
        int n = 0;
        for (String[] c : cases) {
            if (!c[0].chars().allMatch(ch -> ch < 0x80)) assumeUnicodeFileNames();
            Path input = Files.writeString(Files.createDirectories(tmp.resolve("in" + n)).resolve(c[0]), "case " + n);
            Path back = roundTrip(input, ++n);
            try (Stream<Path> s = Files.list(back)) {
                assertEquals(List.of(c[1]), s.map(p -> p.getFileName().toString()).toList(), "restored name of case " + n);
            }
            assertEquals("case " + (n - 1), Files.readString(back.resolve(c[1])));
        }
        // what decrypt prints names the escaped file (the line of the last case)
        Path enc = tmp.resolve("enc").resolve("1.omegasafe");
        Path back = Files.createDirectory(tmp.resolve("again"));
        LaunchResult r = omega.ok("decrypt", "-i", enc.toString(), "-o", back.toString());
        assertTrue(r.getOutput().contains("File decrypted successfully: " + back.resolve("rep\\e[2J\\e]0;t\\x07.txt") + "\n"),
                r.getOutput());
    }

    @Test
    void namesInAnyScriptAreRestoredAsStored(QuarkusMainLauncher launcher) throws Exception {
        assumeUnicodeFileNames();
        setUp(launcher);
        String name = "résumé Ünïcødé 日本語 العربية ☃.txt";
        Path input = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve(name), "text");
        Path back = roundTrip(input, 1);
        assertEquals("text", Files.readString(back.resolve(name)));
    }

    @Test
    void aStoredNameThatIsNotAPlainNameIsRefusedAndNothingIsWritten(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Path back = Files.createDirectory(tmp.resolve("back"));
        int n = 0;
        for (String stored : new String[] {"../escape.txt", "sub/dir.txt", "/etc/passwd", ".", "..", "nul\u0000.txt"}) {
            Path enc = CraftedFiles.withStoredName(omega.root, stored, "x".getBytes(StandardCharsets.UTF_8),
                    tmp.resolve("bad" + n++ + ".omegasafe"));
            LaunchResult r = omega.run("decrypt", "-i", enc.toString(), "-o", back.toString());
            assertEquals(1, r.exitCode(), stored + ": " + r.getErrorOutput());
            assertTrue(r.getErrorOutput().startsWith("error: the file's stored name is not a plain file name"), r.getErrorOutput());
            try (Stream<Path> s = Files.list(back)) {
                assertEquals(0, s.count(), "nothing written for " + stored);
            }
            assertFalse(Files.exists(tmp.resolve("escape.txt")));
        }
    }

    @Test
    void anOverrideThatIsNotAPlainNameIsAUsageError(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Path input = Files.writeString(tmp.resolve("plain.txt"), "plain");
        for (String bad : new String[] {"../up.omegasafe", "a/b", ".", ".."}) {
            LaunchResult r = omega.run("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", bad);
            assertEquals(2, r.exitCode(), bad + ": " + r.getErrorOutput());
            assertEquals("error: not a plain file name: '" + bad + "'\nhint: run 'omegasafe encrypt --help' for usage",
                    r.getErrorOutput().strip());
        }
        assertFalse(Files.exists(tmp.getParent().resolve("up.omegasafe")));
    }

    @Test
    void anOverrideIsCreatedAsGivenAndPrintedEscaped(QuarkusMainLauncher launcher) throws Exception {
        setUp(launcher);
        Path input = Files.writeString(tmp.resolve("plain.txt"), "plain");
        Path back = Files.createDirectory(tmp.resolve("back"));
        omega.ok("encrypt", "-i", input.toString(), "-k", key, "-o", tmp.toString(), "-f", "p.omegasafe");
        String chosen = "mine\u001b[1m.txt";
        LaunchResult r = omega.ok("decrypt", "-i", tmp.resolve("p.omegasafe").toString(), "-o", back.toString(), "-f", chosen);
        assertNoControlCharacters(r);
        assertTrue(r.getOutput().contains("File decrypted successfully: " + back.resolve("mine\\e[1m.txt")), r.getOutput());
        assertArrayEquals("plain".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(back.resolve(chosen)),
                "the person running decrypt chose this name: it is created as given");
    }
}
