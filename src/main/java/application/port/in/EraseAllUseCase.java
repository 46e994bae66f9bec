package application.port.in;

import java.nio.file.Path;
import java.util.List;

/** Removes every local trace of a config root: directory, containers (also custom paths), keyring entry. */
public interface EraseAllUseCase {

    /** What would be removed, for the warning shown before confirmation. */
    List<Path> targets();

    /** Keyring outcome of an erase. */
    enum KeyringStatus { REMOVED, NOT_FOUND, UNAVAILABLE }

    record Result(List<Path> removed, KeyringStatus keyring) { }

    Result erase();
}
