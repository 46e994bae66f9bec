package application.port.out;

import java.util.List;

/**
 * The Delta storages an ECS offers (reference: Bring Your Own Storage). An HTTP ECS lists its internal storage
 * and the caller's BYOS storages; an SFC ECS keeps Delta payloads beside its file and has no storage entries.
 */
public interface StorageRegistry {
    /** A registry without storages (the SFC ECS). */
    StorageRegistry NONE = List::of;

    /**
     * Every storage available for new keys, the internal storage first.
     *
     * @throws EcsUnavailableException    when the backend cannot be reached
     * @throws EcsAuthenticationException when it refuses the credentials
     */
    List<Storage> list();
}
