package adapters.in.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command accepts: the config root and the log level. */
public class CommonOptions {

    @Option(names = {"-d", "--config-dir"}, paramLabel = "<CONFIG_DIR>",
            description = "Use a custom config directory (reuse it on every later command).")
    Path configDir;

    @Option(names = {"-l", "--log-level"}, paramLabel = "<LOG_LEVEL>",
            description = "Logging verbosity: DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET or a number.",
            converter = LogLevels.Converter.class)
    java.util.logging.Level logLevel;

    public Path configDir() { return configDir; }
}
