package application.port.in;

/** Rules for file names given on the command line or restored from an encrypted file. */
public final class FileNames {
    private FileNames() { }

    /**
     * Accepts a bare file name only: no directory separators, not {@code .} or {@code ..}, no NUL,
     * not empty. Used for overrides and for names restored on decrypt, so an encrypted file can never
     * make decrypt write outside the chosen output directory.
     */
    public static String requirePlainName(String name) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("file name must not be empty");
        if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        return name;
    }

    public static boolean isPlainName(String name) {
        try {
            requirePlainName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
