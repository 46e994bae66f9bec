package adapters.in.cli;

import application.port.in.DecryptFileUseCase;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe decrypt}. */
@Command(name = "decrypt", mixinStandardHelpOptions = true, description = "Decrypt an OmegaSafe encrypted file.")
public class DecryptCommand extends BaseCommand {

    @Option(names = {"-i", "--input-file"}, paramLabel = "<FILE_PATH>", required = true, description = "Path to encrypted file.")
    Path input;
    @Option(names = {"-o", "--output-dir"}, paramLabel = "<OUTPUT_DIR>", description = "Directory for decrypted output file.")
    Path outputDir;
    @Option(names = {"-f", "--file-name-override"}, paramLabel = "<FILE_NAME_OVERRIDE>",
            description = "Decrypted filename override. If not provided, original filename is restored.")
    String fileName;
    @Option(names = {"-t", "--max-threads"}, paramLabel = "<MAX_THREADS>", description = "Worker/thread limit.")
    Integer maxThreads;

    @Override
    protected int execute() {
        int threads = Threads.resolve(maxThreads, spec);
        DecryptFileUseCase.Result r = workspace().decrypt().decrypt(new DecryptFileUseCase.Request(input,
                Optional.ofNullable(outputDir), Optional.ofNullable(fileName), threads,
                TerminalProgress.forStderr(spec.commandLine().getErr(), "decrypting")));
        out().println("File decrypted successfully: " + Printable.escape(r.outputFile()));
        out().println(Threads.performance("Decrypted", r.plaintextBytes(), r.nanos()));
        return 0;
    }
}
