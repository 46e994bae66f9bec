package adapters.out.fs;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A path other accounts could control: a symbolic link, a foreign owner, or a directory others may write to. */
public final class UnsafePathException extends FileSystemException {
    private final String why;

    public UnsafePathException(Path path, String why) {
        super(path.toString(), null, why);
        this.why = why;
    }

    /** What makes the path unsafe, in one phrase. */
    public String why() { return why; }
}
