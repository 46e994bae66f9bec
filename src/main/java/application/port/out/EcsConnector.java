package application.port.out;

/** Opens the backend behind a configured ECS entry (SFC file or HTTP API). */
public interface EcsConnector {
    /** What {@link #prepare} found. */
    enum Prepared {
        /** A new, empty SFC ECS file was created. */
        CREATED,
        /** An existing SFC ECS file opened with this root's password (a second config root on the same file). */
        ATTACHED,
        /** The HTTP ECS answered and accepted the API key. */
        VERIFIED
    }

    /**
     * A session for {@code entry}. Opening is cheap and does not contact the backend; failures surface on the
     * first call, classified as {@link EcsException} subclasses.
     */
    EcsSession connect(EcsEntry entry);

    /**
     * What is wrong now with an ECS kept on this machine (an SFC ECS file: missing, damaged, not an SFC ECS file,
     * not opening with this root's password, restored without a way to check it), found without contacting any
     * server. Empty when it is fine, and always for an HTTP ECS (a local cache hit never contacts a server).
     */
    java.util.Optional<String> localProblem(EcsEntry entry);

    /**
     * Moves an SFC ECS file, with what is kept beside it (witness, mirror, Delta payloads), to {@code target}, under
     * the file's lock. {@code target} must not exist.
     *
     * @throws EcsException when the file cannot be moved (nothing is moved then)
     */
    void move(SfcEcsEntry entry, java.nio.file.Path target);

    /**
     * Makes a new entry usable before it is saved: creates the SFC ECS file when it does not exist, or checks
     * that an existing one is an SFC ECS file that opens with this root's password; for an HTTP ECS, checks that
     * the API answers and accepts the API key.
     *
     * @throws EcsAuthenticationException when an HTTP ECS refuses the API key
     * @throws EcsUnavailableException    when an HTTP ECS cannot be reached
     * @throws EcsException               when an existing file is not an SFC ECS file or does not open
     */
    Prepared prepare(EcsEntry entry);
}
