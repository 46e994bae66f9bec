package application.port.out;

import java.nio.file.Path;

/** Removal of local files and directories (for erase-all). */
public interface LocalFiles {

    /** Deletes a file, or a directory with everything in it; false when nothing was there. */
    boolean deleteRecursively(Path path);
}
