package application.model;

import application.access.KeyRole;
import java.util.UUID;

/** A user's relation to a key with its role. */
public record Relation(UUID relationUuid, UUID keyUuid, UUID userUuid, String email, KeyRole role) { }
