package adapters.out.container;

/**
 * The password does not open the container: the key check value in the header does not match the key
 * derived from it (a wrong password, or a modified salt or cost field).
 */
public final class SfcWrongPasswordException extends SfcPasswordException {
    public SfcWrongPasswordException() {
        super("wrong password for the container");
    }

    @Override
    public boolean missing() { return false; }
}
