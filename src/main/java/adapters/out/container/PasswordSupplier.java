package adapters.out.container;

/**
 * Supplies the password of a secure container when the reader finds one; it is not asked for plain
 * containers. Returning null means no password is available.
 */
@FunctionalInterface
public interface PasswordSupplier {
    /** The password, or null when there is none. The reader does not keep or modify the array. */
    char[] password();

    /** A supplier of a fixed password; {@code password} may be null. */
    static PasswordSupplier of(String password) {
        return () -> password == null ? null : password.toCharArray();
    }

    /** A supplier that never has a password (for containers expected in plain mode). */
    static PasswordSupplier none() {
        return () -> null;
    }
}
