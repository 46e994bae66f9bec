package application.port.out;

import java.util.UUID;

/**
 * One configured ECS connection as kept in the local ECS container: an SFC ECS file or an HTTP ECS (the
 * OmegaSafe API). Names are 1..100 characters without control characters; they are compared ignoring case
 * and surrounding blanks ({@link #sameName}).
 */
public sealed interface EcsEntry permits SfcEcsEntry, HttpEcsEntry {
    /** Longest ECS display name, in characters. */
    int MAX_NAME_LENGTH = 100;

    UUID uuid();

    String name();

    /** The version of the CLI that created the entry (reference: ECS metadata). */
    String omegasafeVersion();

    /** {@code SFC} or {@code HTTP}. */
    EcsType type();

    /** The same entry under another name. */
    EcsEntry withName(String name);

    /** True when two display names denote the same ECS: equal after stripping blanks, ignoring case. */
    static boolean sameName(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    /**
     * A display name as stored: stripped of surrounding blanks.
     *
     * @throws IllegalArgumentException when it is empty, longer than {@link #MAX_NAME_LENGTH} or holds a control character
     */
    static String requireName(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("ECS name must not be empty");
        String n = name.strip();
        if (n.length() > MAX_NAME_LENGTH) throw new IllegalArgumentException("ECS name is longer than " + MAX_NAME_LENGTH + " characters");
        if (n.codePoints().anyMatch(Character::isISOControl)) throw new IllegalArgumentException("ECS name must not contain control characters");
        return n;
    }
}
