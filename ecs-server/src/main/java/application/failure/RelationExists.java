package application.failure;

/** The invitee already has a relation to the key (409 {@code relation_exists}). */
public final class RelationExists extends EcsFailure {
    /** @param detail who and which key */
    public RelationExists(String detail) { super(detail); }
}
