package application.port.out;

import java.nio.file.Path;
import java.util.List;

/** Removal of the files OmegaSafe keeps on this device (for erase-all). Symbolic links are removed, never followed. */
public interface LocalFiles {
    /**
     * Removes {@code file} and what OmegaSafe keeps beside it: its lock, witness and mirror files, an SFC ECS file's
     * Delta directory, and leftover temporary files of interrupted writes in its directory.
     *
     * @return every path removed (empty when nothing was there)
     */
    List<Path> removeWithSidecars(Path file);

    /** Removes {@code dir} when it is an empty directory; true when it was removed. */
    boolean removeIfEmpty(Path dir);

    /** True when {@code path} exists (a dangling symbolic link counts). */
    boolean exists(Path path);
}
