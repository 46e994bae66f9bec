package adapters.in.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import picocli.CommandLine;

/** Installs the error handler on the command line Quarkus builds. */
@ApplicationScoped
public class CliSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        ErrorHandler handler = new ErrorHandler();
        return factory.create()
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
