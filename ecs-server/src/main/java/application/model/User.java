package application.model;

import java.util.UUID;

/** A user of the server: identified by UUID and a lower-case e-mail address. */
public record User(UUID userUuid, String email) { }
