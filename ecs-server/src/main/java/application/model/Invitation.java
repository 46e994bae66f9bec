package application.model;

import application.access.KeyRole;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation of an e-mail address to a key with a role; pending until the user with that e-mail accepts
 * it with their own API key.
 *
 * @param keyName        the key's name at reading time (for the invitee's list)
 * @param invitedByEmail the inviting Owner's e-mail (for the invitee's list)
 */
public record Invitation(UUID invitationUuid, UUID keyUuid, String email, KeyRole role, boolean pending,
                         Instant createdAt, String keyName, String invitedByEmail) { }
