package application.port.out;

/** Opens the backend behind a configured ECS entry (SFC file or HTTP API). */
public interface EcsConnector {

    /**
     * A session for {@code entry}. Opening is cheap and does not contact the backend; failures surface
     * on the first call, classified as {@link EcsException} subclasses.
     */
    EcsSession connect(EcsEntry entry);

    /**
     * Creates the backing store of a new SFC ECS at the entry's path if it does not exist yet; attaches to
     * it when it exists and opens with this root's configuration password.
     *
     * @throws EcsException when an existing file cannot be opened with this root's password
     */
    void initialise(EcsEntry entry);
}
