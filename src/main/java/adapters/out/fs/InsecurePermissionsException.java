package adapters.out.fs;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A file holding secrets may be read or written by other users (group or world permissions on POSIX). */
public final class InsecurePermissionsException extends FileSystemException {
    public InsecurePermissionsException(Path file) {
        super(file.toString(), null, "accessible by other users; restrict it with 'chmod 600 " + file + "'");
    }
}
