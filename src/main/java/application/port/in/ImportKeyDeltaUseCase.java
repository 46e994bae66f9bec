package application.port.in;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Manual recovery: imports one encrypted Delta file without contacting the ECS (reference D8). Bypasses
 * ECS authority checks, hence the warning the command shows first.
 */
public interface ImportKeyDeltaUseCase {

    record Result(boolean imported, UUID keyUuid, UUID deltaUuid, int seq, long start, long end) { }

    Result importDelta(Path input);
}
