package adapters.in.cli;

import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine;

/** Prints {@code omegasafe <version>} (the application version Quarkus records at build time). */
public class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class).orElse("unknown");
        return new String[] {"omegasafe " + v};
    }
}
