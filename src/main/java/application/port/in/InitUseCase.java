package application.port.in;

/** Initialises a config root: {@code config.ini}, the three local containers, the configuration password. */
public interface InitUseCase {

    /** What to do when the root is already initialised. */
    enum ExistingConfig { ASK_REFUSE, OVERRIDE, REFUSE }

    /** Which password to use when the keyring already holds one and no environment password is set. */
    enum PasswordChoice { UNDECIDED, REUSE, NEW }

    record Request(ExistingConfig existing, PasswordChoice passwordChoice) {
        public Request {
            java.util.Objects.requireNonNull(existing, "existing");
            java.util.Objects.requireNonNull(passwordChoice, "passwordChoice");
        }
    }

    /** How the configuration password was settled. */
    enum PasswordSource { ENVIRONMENT, KEYRING_REUSED, KEYRING_NEW }

    record Result(java.nio.file.Path configRoot, java.nio.file.Path configFile, java.util.List<java.nio.file.Path> containers,
                  PasswordSource passwordSource, boolean replacedExisting) { }

    /** True when the root is already initialised (so a caller may ask before {@link #init}). */
    boolean alreadyInitialised();

    /** True when no environment password is set and the keyring already holds one. */
    boolean keyringHasPassword();

    Result init(Request request);
}
