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

    /** The operation exists for the other ECS type only. */
    record WrongType(UUID ecsUuid, String ecsName, String actualType, String operation) implements EcsFailure { }
}
