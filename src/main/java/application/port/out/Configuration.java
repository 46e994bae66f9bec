package application.port.out;

/** The {@code config.ini} of one config root and the environment overrides that apply to it. */
public interface Configuration {

    /** The config root this configuration belongs to. */
    java.nio.file.Path root();

    /** True when the root already holds a {@code config.ini}. */
    boolean exists();

    /**
     * Writes a fresh {@code config.ini} with its four sections and default values, replacing any
     * existing one atomically.
     */
    void writeDefaults();

    /**
     * Sets properties of config.ini (property name → value, "" for empty) atomically under the root's
     * lock, keeping every other line as it is.
     */
    void set(java.util.Map<String, String> properties);

    /** The environment variable that overrides {@code property}, if it is set. */
    java.util.Optional<String> overriddenBy(String property);

    /**
     * The effective settings.
     *
     * @throws NotInitialisedException when the root has no {@code config.ini}
     */
    Settings load();
}
