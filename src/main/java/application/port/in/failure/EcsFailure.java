package application.port.in.failure;

import java.nio.file.Path;
import java.util.UUID;

/** The ECS a command needs cannot be chosen, created or used as asked. */
public sealed interface EcsFailure extends Failure {

    record NotConfigured(UUID ecsUuid) implements EcsFailure { }

    /** ECS_UUID_DEFAULT names an ECS that is not configured. */
    record DefaultMissing(UUID ecsUuid) implements EcsFailure { }

    record NoneConfigured() implements EcsFailure { }

    /** Several ECS entries and no default: the caller must choose. */
    record Ambiguous(int count) implements EcsFailure { }

    /** Names are unique regardless of case and surrounding blanks. */
    record NameTaken(String name) implements EcsFailure { }

    /** Another SFC ECS entry already uses that file. */
    record PathTaken(String otherName, Path path) implements EcsFailure { }

    /** The HTTP ECS has no storage with that UUID that this account may see. */
    record StorageNotFound(UUID ecsUuid, UUID storageUuid) implements EcsFailure { }

    /** The HTTP ECS offers several storages and none was chosen (create-key without --storage-uuid). */
    record StorageChoiceNeeded(UUID ecsUuid, String ecsName, int count) implements EcsFailure { }

    /** A key on BYOS cannot go back to the internal storage (reference: not supported by the API). */
    record BackToInternalStorage(UUID keyUuid) implements EcsFailure { }

    /** The operation exists for the other ECS type only. */
    record WrongType(UUID ecsUuid, String ecsName, String actualType, String operation) implements EcsFailure { }
}
