package adapters.out.fs;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Owner-only permissions and ownership checks on POSIX (no-ops elsewhere): directories 0700 and files 0600 for
 * everything OmegaSafe creates, whatever the umask; a directory holding OmegaSafe files must be owned by this
 * account (or root) and writable by no other account, and a file must be owned by this account and be no
 * symbolic link (the idea of SSH's StrictModes).
 */
public final class Permissions {
    private static final Logger LOG = Logger.getLogger(Permissions.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static volatile UserPrincipal self;

    private Permissions() { }

    public static boolean posix() { return POSIX; }

    /** Attributes for creating a file readable and writable by its owner only. */
    public static FileAttribute<?>[] privateFile() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_FILE)} : new FileAttribute<?>[0];
    }

    /**
     * Creates a directory and missing parents, the new ones with mode 0700 (set again after creation, so the
     * umask cannot loosen them). An existing directory is left as it is.
     */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) createPrivateDirectories(parent);
        if (POSIX) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
            Files.setPosixFilePermissions(dir, PRIVATE_DIR);
        } else {
            Files.createDirectory(dir);
        }
    }

    /** True when group or others may read or write the file. */
    public static boolean groupOrWorldAccessible(Path file) throws IOException {
        if (!POSIX) return false;
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /**
     * Refuses a directory that other accounts could use to plant or swap files: one owned by another account
     * (root excepted), or writable by group or others (a sticky {@code /tmp}-like directory included).
     *
     * @throws UnsafePathException saying which
     */
    public static void requireSafeDirectory(Path dir) throws IOException {
        if (!POSIX) return;
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class);
        if (!a.isDirectory()) throw new UnsafePathException(dir, "not a directory");
        if (!ownedBySelfOrRoot(a.owner())) throw new UnsafePathException(dir, "the directory belongs to another account (" + a.owner().getName() + ")");
        Set<PosixFilePermission> p = a.permissions();
        if (p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new UnsafePathException(dir, "other accounts may write to the directory (mode "
                    + PosixFilePermissions.toString(p) + ")");
        }
    }

    /**
     * Refuses a symbolic link or a file owned by another account where OmegaSafe expects its own file. A missing
     * file passes.
     *
     * @throws UnsafePathException saying which
     */
    public static void requireOwnFile(Path file) throws IOException {
        if (!POSIX) return;
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return;
        PosixFileAttributes a = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) throw new UnsafePathException(file, "a symbolic link where OmegaSafe keeps its own file");
        if (!a.owner().equals(self())) throw new UnsafePathException(file, "the file belongs to another account (" + a.owner().getName() + ")");
    }

    /**
     * A config root as OmegaSafe keeps it: refused when another account owns it or may write to it; tightened to
     * 0700 with a warning when others may only read or enter it.
     *
     * @throws UnsafePathException when it is refused
     */
    public static void requirePrivateRoot(Path dir) throws IOException {
        requirePrivateRoot(dir, true);
    }

    /**
     * As {@link #requirePrivateRoot(Path)}; with {@code tighten} false a directory others may read is left as it is
     * (a directory that is not yet, or not at all, an OmegaSafe config root is not OmegaSafe's to change).
     *
     * @throws UnsafePathException when it is refused
     */
    public static void requirePrivateRoot(Path dir, boolean tighten) throws IOException {
        if (!POSIX || !Files.isDirectory(dir)) return;
        requireSafeDirectory(dir);
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(dir);
        if (tighten && !p.equals(PRIVATE_DIR) && Files.getOwner(dir).equals(self())) {
            Files.setPosixFilePermissions(dir, PRIVATE_DIR);
            LOG.warning("Config directory " + dir + " was " + PosixFilePermissions.toString(p)
                    + "; its permissions are now rwx------ (owner only).");
        }
    }

    private static boolean ownedBySelfOrRoot(UserPrincipal owner) throws IOException {
        return owner.equals(self()) || "root".equals(owner.getName());
    }

    /** The account this process runs as (the owner of {@code /proc/self} on Linux, else {@code user.name}). */
    static UserPrincipal self() throws IOException {
        UserPrincipal s = self;
        if (s == null) {
            Path proc = Path.of("/proc/self");
            s = Files.exists(proc) ? Files.getOwner(proc) : FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            self = s;
        }
        return s;
    }
}
