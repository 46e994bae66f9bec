package adapters.out.container;

/** The container is in secure mode and no password was supplied. */
public final class SfcPasswordRequiredException extends SfcPasswordException {
    public SfcPasswordRequiredException() {
        super("the container is password-protected: a password is needed to open it");
    }

    @Override
    public boolean missing() { return true; }
}
