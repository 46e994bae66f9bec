package application.failure;
import java.util.UUID;

/** A witness of the key is ahead of the database, so claims wait for the operator'\''s fence command (503 {@code key_fenced}). */
public final class KeyFenced extends EcsFailure {
    private final UUID keyUuid;

    /** @param keyUuid the fenced key */
    public KeyFenced(UUID keyUuid) {
        super("key " + keyUuid + " is fenced: the database is behind this key's witness (restored from an older backup?);"
                + " an operator must run bin/ecs-server fence --key-uuid " + keyUuid);
        this.keyUuid = keyUuid;
    }

    /** The fenced key. */
    public UUID keyUuid() { return keyUuid; }
}
