package adapters.out.fs;

import adapters.out.container.KdfParams;
import adapters.out.container.SfcRandom;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Child-process side of the cross-process tests.
 * {@code hold <file>}: takes the lock, prints "locked", releases when a line arrives on stdin.
 * {@code increment <file> <password> <n>}: n read-modify-write updates of a counter entry.
 */
public final class LockHolder {
    static final UUID COUNTER = new UUID(0, 1);

    private LockHolder() { }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (FileLocks.Held lock = FileLocks.lock(file)) {
                System.out.println("locked");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in)).readLine();
            }
            System.out.println("released");
        } else {
            LocalContainerFile files = new LocalContainerFile(new KdfParams(64, 1, 1), SfcRandom.system());
            for (int i = 0; i < Integer.parseInt(args[3]); i++) {
                files.update(file, args[2], LocalContainerFileTest::increment);
            }
            System.out.println("done");
        }
    }

    static long counter(byte[] value) {
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }
}
