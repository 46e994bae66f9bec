package application.access;

import java.util.UUID;

/** The caller's relation to one key, as {@link KeyAccess} found it: the proof that a check ran. */
public record KeyGrant(UUID keyUuid, UUID userUuid, UUID relationUuid, KeyRole role) { }
