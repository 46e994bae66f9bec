package application.port.in;

import java.util.UUID;

/**
 * delete-key: deletes the key from its ECS when reachable (with its Delta files) and always removes the local
 * key and cache entries (failure-isolated). With {@code localOnly} the ECS is left untouched.
 */
public interface DeleteKeyUseCase {
    record Request(UUID keyUuid, boolean localOnly) {
        public Request {
            java.util.Objects.requireNonNull(keyUuid, "keyUuid");
        }
    }

    /** What the ECS side did. */
    enum EcsOutcome { DELETED, NOT_REGISTERED, NO_ECS_LINKED, LEFT_UNTOUCHED, FAILED }

    /** {@code ecsDetail}: the ECS's own message or why it failed (never a secret). */
    record Result(UUID keyUuid, EcsOutcome ecsOutcome, String ecsDetail, boolean localRemoved) { }

    Result delete(Request request);
}
