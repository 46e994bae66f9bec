package application.failure;

/** The database does not answer (503 {@code database_unavailable}). */
public final class DatabaseUnavailable extends EcsFailure {
    /** @param cause the driver's failure, for the log only */
    public DatabaseUnavailable(Throwable cause) { super("the database is unavailable; retry later", cause); }
}
