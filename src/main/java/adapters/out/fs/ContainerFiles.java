package adapters.out.fs;

import adapters.out.container.SfcFormatException;
import adapters.out.container.SfcPasswordException;
import application.port.out.ContainerAccessException;
import application.port.out.ContainerAccessException.Reason;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link LocalContainerFile} with its failures turned into {@link ContainerAccessException}, the error the
 * application understands.
 */
final class ContainerFiles {
    private static final LocalContainerFile FILES = new LocalContainerFile();

    private ContainerFiles() { }

    static LinkedHashMap<UUID, byte[]> read(Path path, String password) {
        return guard(path, () -> FILES.read(path, password));
    }

    static LocalContainerFile.Snapshot snapshot(Path path, String password) {
        return guard(path, () -> FILES.snapshot(path, password));
    }

    static <T> T update(Path path, String password, Function<LinkedHashMap<UUID, byte[]>, T> change) {
        return update(path, password, (entries, provenance) -> change.apply(entries));
    }

    static <T> T update(Path path, String password,
                        BiFunction<LinkedHashMap<UUID, byte[]>, LocalContainerFile.Provenance, T> change) {
        return guard(path, () -> {
            Object[] result = new Object[1];
            FILES.update(path, password, (entries, provenance) -> {
                LinkedHashMap<UUID, byte[]> mutable = new LinkedHashMap<>(entries);
                result[0] = change.apply(mutable, provenance);
                return mutable;
            });
            @SuppressWarnings("unchecked")
            T t = (T) result[0];
            return t;
        });
    }

    static void writeCopy(Path copy, String password, Map<UUID, byte[]> entries) {
        guard(copy, () -> {
            FILES.writeCopy(copy, password, entries);
            return null;
        });
    }

    static java.util.Optional<LinkedHashMap<UUID, byte[]>> readCopy(Path copy, String password) {
        return guard(copy, () -> FILES.readCopy(copy, password));
    }

    static void create(Path path, String password, Map<UUID, byte[]> entries) {
        guard(path, () -> {
            FILES.create(path, password, entries);
            return null;
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
        } catch (UnsafePathException e) {
            throw new ContainerAccessException(Reason.UNSAFE, Path.of(e.getFile()), e.why(), e);
        } catch (InsecurePermissionsException e) {
            throw new ContainerAccessException(Reason.INSECURE_PERMISSIONS, path, path + " is accessible by other users", e);
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
