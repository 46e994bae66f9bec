package application.port.out;

import java.nio.file.Path;

/** {@code config.ini} cannot be used: unreadable, holding an invalid value, not writable, or exposing a secret. */
public class ConfigFileException extends RuntimeException {
    /** What is wrong with the file. */
    public enum Reason { UNREADABLE, INVALID_SETTING, NOT_WRITABLE, SECRET_EXPOSED }

    private final Reason reason;
    private final transient Path file;
    private final String property;

    /**
     * @param property the property holding the invalid value ({@link Reason#INVALID_SETTING}), else null
     * @param detail   what the rule or the file system said; never a secret
     */
    public ConfigFileException(Reason reason, Path file, String property, String detail) {
        super(detail);
        this.reason = reason;
        this.file = file;
        this.property = property;
    }

    public Reason reason() { return reason; }

    public Path file() { return file; }

    public String property() { return property; }
}
