package adapters.in.cli;

import application.port.in.EncryptFileUseCase;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code omegasafe encrypt}. */
@Command(name = "encrypt", mixinStandardHelpOptions = true, description = "Encrypt a file with a selected key UUID.")
public class EncryptCommand extends BaseCommand {

    @Option(names = {"-i", "--input-file"}, paramLabel = "<FILE_PATH>", required = true,
            description = "Path to plaintext file to encrypt.")
    Path input;
    @Option(names = {"-k", "--key-uuid"}, paramLabel = "<KEY_UUID>", required = true, description = "Key UUID to use.")
    UUID keyUuid;
    @Option(names = {"-o", "--output-dir"}, paramLabel = "<OUTPUT_DIR>", description = "Directory for encrypted output file.")
    Path outputDir;
    @Option(names = {"-f", "--file-name-override"}, paramLabel = "<FILE_NAME_OVERRIDE>", description = "Output filename override.")
    String fileName;
    @Option(names = {"-t", "--max-threads"}, paramLabel = "<MAX_THREADS>", description = "Worker/thread limit.")
    Integer maxThreads;

    @Override
    protected int execute() {
        int threads = Threads.resolve(maxThreads, spec);
        EncryptFileUseCase.Result r = workspace().encrypt().encrypt(new EncryptFileUseCase.Request(input, keyUuid,
                Optional.ofNullable(outputDir), Optional.ofNullable(fileName), threads,
                TerminalProgress.forStderr(spec.commandLine().getErr(), "encrypting")));
        out().println("File encrypted successfully: " + Printable.escape(r.outputFile()));
        out().println(Threads.performance("Encrypted", r.plaintextBytes(), r.nanos()));
        return 0;
    }
}
