package application.service.file;

import application.port.in.OmegaSafeException;
import application.port.out.ClaimCacheStore;
import application.service.key.LocalKeys;
import java.util.UUID;

/** The ECS a key is linked to on this device, as recorded in the local claim cache. */
final class KeyEcsLink {
    private KeyEcsLink() { }

    static UUID ecsOf(ClaimCacheStore cache, UUID keyUuid) {
        return cache.forKey(keyUuid).stream().map(e -> e.ecsUuid()).findFirst()
                .orElseThrow(() -> new OmegaSafeException(
                        "key " + keyUuid + " is not linked to any ECS on this device",
                        LocalKeys.importKeyHint(keyUuid)));
    }
}
