package adapters.out.store;

import adapters.out.container.KdfParams;
import adapters.out.container.SfcFormatException;
import adapters.out.container.SfcKey;
import adapters.out.container.SfcPasswordException;
import adapters.out.container.SfcReader;
import adapters.out.container.SfcWriter;
import adapters.out.fs.AtomicFiles;
import adapters.out.fs.FileLocks;
import adapters.out.fs.Permissions;
import application.port.out.ContainerAccessException;
import application.port.out.ContainerAccessException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Small secure-mode containers held whole in memory: read, create, and read-modify-write under the
 * exclusive cross-process lock with an atomic replace. Failures become {@link ContainerAccessException}.
 */
final class ContainerFiles {
    private ContainerFiles() { }

    record Snapshot(LinkedHashMap<UUID, byte[]> entries, SfcKey key) { }

    static LinkedHashMap<UUID, byte[]> read(Path path, String password) {
        return guard(path, () -> load(path, password).entries());
    }

    static <T> T update(Path path, String password, Function<LinkedHashMap<UUID, byte[]>, T> change) {
        return guard(path, () -> {
            try (FileLocks.Held lock = FileLocks.lock(path)) {
                Snapshot s = load(path, password);
                T result = change.apply(s.entries());
                write(path, s.key(), s.entries());
                return result;
            }
        });
    }

    static void create(Path path, String password, Map<UUID, byte[]> entries) {
        guard(path, () -> {
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null) Permissions.createPrivateDirectories(dir);
            try (FileLocks.Held lock = FileLocks.lock(path)) {
                byte[] salt = new byte[SfcKey.SALT_SIZE];
                new SecureRandom().nextBytes(salt);
                write(path, SfcKey.derive(password, KdfParams.DEFAULT, salt), entries);
            }
            return null;
        });
    }

    private static Snapshot load(Path path, String password) throws IOException {
        if (Permissions.groupOrWorldAccessible(path)) {
            throw new ContainerAccessException(Reason.INSECURE_PERMISSIONS, path,
                    path + " is accessible by other users", null);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
             SfcReader reader = SfcReader.open(in, password)) {
            if (!reader.secure()) {
                throw new ContainerAccessException(Reason.DAMAGED, path, "container is not password-protected", null);
            }
            LinkedHashMap<UUID, byte[]> entries = new LinkedHashMap<>();
            SfcReader.Entry e;
            while ((e = reader.next()) != null) entries.put(e.id(), e.readAllBytes());
            return new Snapshot(entries, reader.key());
        }
    }

    private static void write(Path path, SfcKey key, Map<UUID, byte[]> entries) throws IOException {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        AtomicFiles.replace(path, out -> {
            SfcWriter w = SfcWriter.secure(out, key, nonce);
            for (Map.Entry<UUID, byte[]> en : entries.entrySet()) {
                try (OutputStream os = w.entry(en.getKey(), en.getValue().length)) {
                    os.write(en.getValue());
                }
            }
            w.finish();
        });
    }

    @FunctionalInterface
    interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T guard(Path path, IoAction<T> action) {
        try {
            return action.run();
        } catch (NoSuchFileException e) {
            throw new ContainerAccessException(Reason.MISSING, path, path + " does not exist", e);
        } catch (SfcPasswordException e) {
            throw new ContainerAccessException(e.missing() ? Reason.PASSWORD_REQUIRED : Reason.WRONG_PASSWORD, path,
                    e.getMessage(), e);
        } catch (SfcFormatException e) {
            throw new ContainerAccessException(Reason.DAMAGED, path, e.getMessage(), e);
        } catch (IOException e) {
            throw new ContainerAccessException(Reason.IO, path, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }
}
