package application.port.in;

import application.Caller;

/** Creates a BYOS storage owned by the caller, after verifying it. */
public interface CreateStorage {
    /**
     * @throws application.failure.InvalidRequest            when a setting breaks the provider rules
     * @throws application.failure.StorageVerificationFailed when LIST, PUT or GET fails with the credentials
     */
    SavedStorage create(Caller caller, StorageSettings settings);
}
