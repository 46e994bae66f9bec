package application.port.in;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Encrypts one file with a key's latest Delta, streaming file to file. */
public interface EncryptFileUseCase {

    record Request(Path inputFile, UUID keyUuid, Optional<Path> outputDir, Optional<String> fileNameOverride,
                   int maxThreads, Progress progress) {
        public Request {
            Objects.requireNonNull(inputFile, "inputFile");
            Objects.requireNonNull(keyUuid, "keyUuid");
            Objects.requireNonNull(outputDir, "outputDir");
            Objects.requireNonNull(fileNameOverride, "fileNameOverride");
            fileNameOverride.ifPresent(FileNames::requirePlainName);
            if (maxThreads < 1) throw new IllegalArgumentException("max threads must be at least 1");
            Objects.requireNonNull(progress, "progress");
        }

        /** A request that reports no progress. */
        public Request(Path inputFile, UUID keyUuid, Optional<Path> outputDir, Optional<String> fileNameOverride,
                       int maxThreads) {
            this(inputFile, keyUuid, outputDir, fileNameOverride, maxThreads, Progress.NONE);
        }
    }

    record Result(Path outputFile, long plaintextBytes, long positionStart, long positionsUsed, long nanos) { }

    Result encrypt(Request request);
}
