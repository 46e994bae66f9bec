package adapters.in.cli;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * File names whatever the locale, for the JVM build started without {@code bin/omegasafe} ({@code java -jar}).
 *
 * <p>On Linux a file name is bytes. The JVM turns names (and the command's arguments) into text with the character
 * set of {@code LC_CTYPE}, which it reads once at start-up ({@code sun.jnu.encoding}); JDK 25 ignores
 * {@code -Dsun.jnu.encoding} on the command line. Under the C or POSIX locale, or with no locale at all (cron, systemd
 * units, containers), that character set is ASCII: {@code résumé.txt} can be neither opened nor created, and the
 * arguments already arrived as replacement characters. The only remedy is a JVM started under another
 * {@code LC_CTYPE}, so such a process starts itself again, in place ({@code execve} of {@code /proc/self/exe}), with
 * its original argument and environment bytes from {@code /proc/self} and {@code LC_CTYPE=C.UTF-8}; every other
 * category of the locale stays as it was. {@code bin/omegasafe} sets the same {@code LC_CTYPE} before the JVM
 * starts, so runs through it never need this.
 *
 * <p>Nothing happens in other character sets (a Latin-1 locale represents every byte), in a native executable (its
 * {@code sun.jnu.encoding} is fixed when it is built, see docs/DECISIONS.md), on other systems, or when this
 * process was already started again ({@value #AGAIN}).
 */
final class Utf8FileNames {
    private static final Logger LOG = Logger.getLogger(Utf8FileNames.class.getName());
    /** Set in the environment of the process started again, so that it never starts itself a third time. */
    static final String AGAIN = "OMEGASAFE_UTF8_RESTARTED";
    /** The UTF-8 locale every glibc system ships (Debian: libc-bin); only its character set matters here. */
    static final String UTF8_CTYPE = "C.UTF-8";
    /** The categories {@code LC_ALL} overrides; they take its value through {@code LANG} when it is moved there. */
    private static final List<String> CATEGORIES = List.of("LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC",
            "LC_TIME", "LC_ADDRESS", "LC_IDENTIFICATION", "LC_MEASUREMENT", "LC_NAME", "LC_PAPER", "LC_TELEPHONE");

    private Utf8FileNames() { }

    /** True when this JVM cannot represent non-ASCII file names (its file-name character set is ASCII). */
    static boolean asciiOnly() {
        String jnu = System.getProperty("sun.jnu.encoding");
        try {
            return jnu != null && Charset.forName(jnu).equals(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Starts this process again under {@code LC_CTYPE=C.UTF-8} when its file names are ASCII only; returns (and the
     * command runs as it is) when that does not apply or cannot be done.
     */
    static void ensure() {
        if (!asciiOnly() || System.getenv(AGAIN) != null || System.getProperty("org.graalvm.nativeimage.imagecode") != null
                || !"Linux".equals(System.getProperty("os.name"))) {
            return;
        }
        try {
            List<byte[]> argv = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
            List<byte[]> env = utf8Environment(split(Files.readAllBytes(Path.of("/proc/self/environ"))));
            if (argv.isEmpty()) return;
            int rc = execve("/proc/self/exe".getBytes(StandardCharsets.US_ASCII), argv, env);
            LOG.fine("could not start again under " + UTF8_CTYPE + " (execve returned " + rc + ")");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not start again under " + UTF8_CTYPE, e);
        } catch (Throwable e) {
            if (e instanceof Error err) throw err;
            LOG.log(Level.FINE, "could not start again under " + UTF8_CTYPE, e);
        }
    }

    /**
     * {@code env} (entries {@code NAME=value} as bytes) with {@code LC_CTYPE=C.UTF-8} and the marker. A set
     * {@code LC_ALL} would override {@code LC_CTYPE}, so its value moves to {@code LANG} and the categories it
     * overrode are dropped: every category but the character set keeps the value it had.
     */
    static List<byte[]> utf8Environment(List<byte[]> env) {
        String lcAll = null;
        for (byte[] e : env) {
            String s = new String(e, StandardCharsets.ISO_8859_1);
            if (s.startsWith("LC_ALL=") && s.length() > "LC_ALL=".length()) lcAll = s.substring("LC_ALL=".length());
        }
        List<byte[]> out = new ArrayList<>();
        for (byte[] e : env) {
            String name = new String(e, StandardCharsets.ISO_8859_1);
            int eq = name.indexOf('=');
            name = eq < 0 ? name : name.substring(0, eq);
            if (name.equals("LC_CTYPE") || name.equals(AGAIN)) continue;
            if (lcAll != null && (name.equals("LC_ALL") || name.equals("LANG") || CATEGORIES.contains(name))) continue;
            out.add(e);
        }
        if (lcAll != null) out.add(("LANG=" + lcAll).getBytes(StandardCharsets.ISO_8859_1));
        out.add(("LC_CTYPE=" + UTF8_CTYPE).getBytes(StandardCharsets.US_ASCII));
        out.add((AGAIN + "=1").getBytes(StandardCharsets.US_ASCII));
        return out;
    }

    /** The NUL-terminated strings of a {@code /proc/self} file. */
    static List<byte[]> split(byte[] block) {
        List<byte[]> parts = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream();
        for (byte b : block) {
            if (b == 0) {
                parts.add(cur.toByteArray());
                cur.reset();
            } else {
                cur.write(b);
            }
        }
        if (cur.size() > 0) parts.add(cur.toByteArray());
        return parts;
    }

    /** {@code execve(2)}: returns only when it failed. */
    private static int execve(byte[] path, List<byte[]> argv, List<byte[]> env) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle execve = linker.downcallHandle(linker.defaultLookup().findOrThrow("execve"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            return (int) execve.invokeExact(cString(arena, path), cStrings(arena, argv), cStrings(arena, env));
        }
    }

    private static MemorySegment cStrings(Arena arena, List<byte[]> strings) {
        MemorySegment array = arena.allocate(ADDRESS, strings.size() + 1L);
        for (int i = 0; i < strings.size(); i++) array.setAtIndex(ADDRESS, i, cString(arena, strings.get(i)));
        array.setAtIndex(ADDRESS, strings.size(), MemorySegment.NULL);
        return array;
    }

    private static MemorySegment cString(Arena arena, byte[] bytes) {
        MemorySegment s = arena.allocate(bytes.length + 1L);
        MemorySegment.copy(bytes, 0, s, JAVA_BYTE, 0, bytes.length);
        s.set(JAVA_BYTE, bytes.length, (byte) 0);
        return s;
    }
}
