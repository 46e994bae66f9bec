package application.port.in;

import application.port.out.KeyEdit;
import java.util.Objects;
import java.util.UUID;

/**
 * edit-key: changes a key's name, storage or version in its HTTP ECS (reference: Owner for storage, Owner or
 * Maintainer for name and version). The local Alpha's name never changes.
 */
public interface EditKeyUseCase {
    record Request(UUID keyUuid, KeyEdit edit) {
        public Request {
            Objects.requireNonNull(keyUuid, "keyUuid");
            Objects.requireNonNull(edit, "edit");
            InvalidRequestException.require(!edit.isEmpty(), "nothing to change: pass --key-name, --storage-uuid or --omegasafe-version");
            edit.keyName().ifPresent(n -> InvalidRequestException.require(!n.isBlank() && n.length() <= 200,
                    "the key name must have 1..200 characters"));
        }
    }

    /**
     * What the edit would do that needs a confirmation: moving from the internal storage to BYOS (the ECS does not
     * move Delta files, and the way back is not supported).
     */
    record Check(boolean internalToByos, String fromStorage, String toStorage) { }

    Check check(Request request);

    /** {@code message}: the ECS's result text. */
    record Result(UUID keyUuid, UUID ecsUuid, String ecsName, String message) { }

    Result edit(Request request);
}
