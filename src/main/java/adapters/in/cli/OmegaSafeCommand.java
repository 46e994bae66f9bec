package adapters.in.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine;

@TopCommand
@CommandLine.Command(name = "omegasafe", mixinStandardHelpOptions = true, version = "omegasafe 0.1.0")
public class OmegaSafeCommand implements Runnable {
    @Override public void run() { }
}
