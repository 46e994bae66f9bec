package adapters.out.ecs.sfc;

import application.port.out.ContainerAccessException;
import application.port.out.EcsException;
import application.port.out.EcsUnavailableException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Classifies SFC ECS file failures as the ECS port requires: a file that cannot be read (missing,
 * I/O error) is "unavailable" (the OFFLINE fallback may apply); a wrong password or a damaged file is
 * any other ECS error.
 */
final class SfcEcsErrors {
    private SfcEcsErrors() { }

    static <T> T translate(Path path, Supplier<T> action) {
        try {
            return action.get();
        } catch (ContainerAccessException e) {
            String where = "SFC ECS file " + path;
            throw switch (e.reason()) {
                case MISSING, IO -> new EcsUnavailableException(where + " cannot be read: " + e.getMessage(), e);
                case WRONG_PASSWORD, PASSWORD_REQUIRED -> new EcsException(where
                        + " does not open with this device's configuration password", e);
                case INSECURE_PERMISSIONS -> new EcsException(where + " is accessible by other users (chmod 600 it)", e);
                case UNSAFE -> new EcsException(where + " is unsafe: " + e.getMessage(), e);
                case DAMAGED -> new EcsException(where + " is damaged: " + e.getMessage(), e);
            };
        }
    }
}
