package e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-ASCII file names under the C locale or no locale at all (cron, systemd units, containers): encrypting
 * {@code résumé.txt} into a directory named {@code sortie-été}, and decrypting a file whose stored name is
 * non-ASCII, work in the packaged application (the jar run as {@code java -jar}, or the native executable) and
 * through the JVM launcher {@code bin/omegasafe}.
 *
 * <p>The names travel as bytes: a shell script makes them with {@code printf} octal escapes and checks the results
 * with {@code cmp}, so the test does not depend on the locale of the JVM running it.
 */
class FileNameLocaleIT {
    private static final Path LAUNCHER = Path.of("bin/omegasafe").toAbsolutePath();

    /** The round trip, given the command as "$@"; every name is ASCII here and built with printf. */
    private static final String SCRIPT = """
            set -eu
            cfg=$PWD/cfg
            mkdir -m 700 "$cfg"
            "$@" init -d "$cfg" --skip-http-ecs >/dev/null
            "$@" create-sfc-ecs -d "$cfg" --ecs-name local --confirm-sfc-ecs >/dev/null
            "$@" create-key -d "$cfg" -k k -n 0.25 -r 0.25 -c 2 >/dev/null
            key=$("$@" list-keys -d "$cfg" --json | sed -n 's/.*"key_uuid" : "\\([^"]*\\)".*/\\1/p' | head -1)
            name=$(printf 'r\\303\\251sum\\303\\251.txt')
            out=$(printf 'sortie-\\303\\251t\\303\\251')
            enc=$(printf 'chiffr\\303\\251.omegasafe')
            mkdir "$out" back
            printf 'le contenu\\n' > "$name"
            "$@" encrypt -d "$cfg" -i "$name" -k "$key" -o "$out" -f "$enc"
            "$@" decrypt -d "$cfg" -i "$out/$enc" -o back
            cmp "$name" "back/$name"
            "$@" decrypt -d "$cfg" -i "$out/$enc" -o "$out"
            cmp "$name" "$out/$name"
            echo "round trip: ok"
            """;

    @TempDir
    Path tmp;

    private record Result(int exit, String out, String err) {
        String all() {
            return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    /** Runs the script with {@code command} in a fresh directory and {@code locale} (NAME=value, or none) as the only locale. */
    private Result roundTrip(String dir, List<String> command, String... locale) throws Exception {
        Path work = Files.createDirectory(tmp.resolve(dir));
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", SCRIPT, "sh"));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("LC_"));
        for (String kv : locale) pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        pb.environment().put("HOME", tmp.toString());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("OMEGASAFE_JAVA_OPTS");
        pb.redirectOutput(work.resolve("stdout").toFile()).redirectError(work.resolve("stderr").toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        int exit = pb.start().waitFor();
        return new Result(exit, Files.readString(work.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("stderr"), StandardCharsets.UTF_8));
    }

    private static void assertRoundTrip(Result r, Path work) {
        assertEquals(0, r.exit(), r.all());
        // as text, not as paths: the JVM running this test may itself have an ASCII-only file-name character set
        assertTrue(r.out().contains("File encrypted successfully: " + work + "/sortie-été/chiffré.omegasafe\n"), r.all());
        assertTrue(r.out().contains("File decrypted successfully: " + work + "/back/résumé.txt\n"), r.all());
        assertTrue(r.out().contains("File decrypted successfully: " + work + "/sortie-été/résumé.txt\n"), r.all());
        assertTrue(r.out().endsWith("round trip: ok\n"), r.all());
        assertEquals("", r.err(), "nothing on stderr: " + r.all());
    }

    @Test
    void underTheCLocale() throws Exception {
        assertRoundTrip(roundTrip("c", Packaged.artifact(), "LC_ALL=C", "LANG=C"), tmp.resolve("c"));
    }

    @Test
    void withNoLocaleAtAll() throws Exception {
        // (POSIX is glibc's other name of the C locale: the test above)
        assertRoundTrip(roundTrip("none", Packaged.artifact()), tmp.resolve("none"));
    }

    @Test
    void throughTheJvmLauncherUnderTheCLocale() throws Exception {
        Assumptions.assumeFalse(Packaged.isNative(), "the launcher runs the jar; this build is native");
        assertRoundTrip(roundTrip("launcher", List.of(LAUNCHER.toString()), "LC_ALL=C", "LANG=C"), tmp.resolve("launcher"));
    }
}
