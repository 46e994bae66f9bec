package application.port.out;

/** The three local secure containers of a config root (keys, claim cache, ECS connections). */
public interface LocalContainers {

    /** Creates the three containers empty under {@code password}, replacing existing ones atomically. */
    void createEmpty(Settings settings, String password);
}
