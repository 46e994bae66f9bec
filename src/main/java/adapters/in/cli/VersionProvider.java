package adapters.in.cli;

import adapters.config.Wiring;
import jakarta.inject.Inject;
import picocli.CommandLine;

/** Prints {@code omegasafe <version>}. */
public class VersionProvider implements CommandLine.IVersionProvider {
    @Inject
    Wiring wiring;

    @Override
    public String[] getVersion() {
        return new String[] {"omegasafe " + wiring.version()};
    }
}
