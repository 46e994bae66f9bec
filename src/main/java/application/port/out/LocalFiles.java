package application.port.out;

import java.nio.file.Path;
import java.util.List;

/** Removal of the files OmegaSafe keeps on this device (for erase-all). Symbolic links are removed, never followed. */
public interface LocalFiles {
    /**
     * Removes {@code file} and what OmegaSafe keeps beside it: its lock, witness and mirror files, an SFC ECS file's
     * Delta directory, and leftover temporary files of interrupted writes in its directory. A regular file that is not
     * recognisably OmegaSafe's ({@link #isOmegaSafeFile}) is kept, and so is everything beside it: a file of another
     * program that happens to bear one of OmegaSafe's names is never removed.
     *
     * @return every path removed (empty when nothing was there)
     */
    List<Path> removeWithSidecars(Path file);

    /**
     * True when {@code path} exists and is OmegaSafe's by its content, not only its name: a container (it starts with
     * the SFC magic {@code OMEGASFC}, docs/FORMAT.md §1.1), a config.ini (its first section is
     * {@code [Global settings - static]}), the update-check time (one ISO-8601 instant), or a symbolic link (removing
     * a link never touches what it points to).
     */
    boolean isOmegaSafeFile(Path path);

    /** Removes {@code dir} when it is an empty directory; true when it was removed. */
    boolean removeIfEmpty(Path dir);

    /** True when {@code path} exists (a dangling symbolic link counts). */
    boolean exists(Path path);
}
