package application.access;

/** What a caller may do with a key; {@link KeyRole} says which role holds which. */
public enum KeyPermission {
    /** Read the key, its iterations, Deltas and storage limits. */
    VIEW("view the key"),
    /** Claim global positions. */
    CLAIM("claim positions"),
    /** Upload (upload URL, confirm) and download Deltas. */
    DELTAS("upload or download Deltas"),
    /** Edit the key's name and omegasafe_version. */
    EDIT_METADATA("edit the key's name or version"),
    /** Move the key to another storage. */
    REASSIGN_STORAGE("reassign the key's storage"),
    /** Delete the key with its Deltas. */
    DELETE("delete the key"),
    /** Invite users, list and remove relations. */
    SHARE("invite users or manage the key's relations");

    private final String action;

    KeyPermission(String action) { this.action = action; }

    /** The action in words, for a 403 detail. */
    public String action() { return action; }
}
