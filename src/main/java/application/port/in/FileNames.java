package application.port.in;

import domain.format.VisibleText;
import java.io.File;
import java.util.Optional;

/** Rules for file names given on the command line or restored from an encrypted file. */
public final class FileNames {
    private FileNames() { }

    /**
     * Accepts a bare file name only: no directory separator ({@code /}, and {@code \} where it separates
     * directories), not {@code .} or {@code ..}, no NUL, not empty. Used for overrides and for names restored on
     * decrypt, so an encrypted file can never make decrypt write outside the chosen output directory.
     *
     * @throws IllegalArgumentException naming the refused name (control characters shown escaped)
     */
    public static String requirePlainName(String name) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("file name must not be empty");
        if (!isPlainName(name)) throw new IllegalArgumentException("not a plain file name: '" + VisibleText.escape(name) + "'");
        return name;
    }

    /** True when {@link #requirePlainName} accepts {@code name}. */
    public static boolean isPlainName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\0') < 0 && (File.separatorChar != '\\' || name.indexOf('\\') < 0);
    }

    /**
     * The name decrypt gives the file it restores, from the name stored in the encrypted file. Whoever holds the
     * key chose those bytes, so:
     * <ul>
     *   <li>a stored name that is not a plain name ({@link #isPlainName}: a separator, NUL, {@code .} or
     *       {@code ..}) is refused: the file is damaged or forged;</li>
     *   <li>every control character and bidirectional control becomes its visible escape ({@link VisibleText}:
     *       {@code rep\e[2J.txt} for a name holding ESC), so neither the file's name on disk nor any output that
     *       shows it can act on a terminal. Every other character, any script, stays as stored.</li>
     * </ul>
     *
     * @return the name to create, or empty when the stored name is refused
     */
    public static Optional<String> restoredName(String stored) {
        if (!isPlainName(stored)) return Optional.empty();
        return Optional.of(VisibleText.escape(stored));
    }
}
