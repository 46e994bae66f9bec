package application.port.in;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Decrypts one encrypted file, streaming file to file, and verifies its SHA-256 before committing. */
public interface DecryptFileUseCase {

    record Request(Path inputFile, Optional<Path> outputDir, Optional<String> fileNameOverride, int maxThreads,
                   Progress progress) {
        public Request {
            Objects.requireNonNull(inputFile, "inputFile");
            Objects.requireNonNull(outputDir, "outputDir");
            Objects.requireNonNull(fileNameOverride, "fileNameOverride");
            fileNameOverride.ifPresent(FileNames::requirePlainName);
            if (maxThreads < 1) throw new IllegalArgumentException("max threads must be at least 1");
            Objects.requireNonNull(progress, "progress");
        }

        /** A request that reports no progress. */
        public Request(Path inputFile, Optional<Path> outputDir, Optional<String> fileNameOverride, int maxThreads) {
            this(inputFile, outputDir, fileNameOverride, maxThreads, Progress.NONE);
        }
    }

    record Result(Path outputFile, long plaintextBytes, long nanos) { }

    Result decrypt(Request request);
}
