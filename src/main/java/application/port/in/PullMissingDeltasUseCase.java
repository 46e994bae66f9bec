package application.port.in;

import java.util.List;
import java.util.UUID;

/** pull-missing-deltas: pulls every ECS Delta this device lacks for one key (D7). */
public interface PullMissingDeltasUseCase {
    /** One missing Delta: imported here, or skipped because it was already present when saved. */
    record Missing(int seq, UUID deltaUuid, boolean imported) { }

    /** Every Delta that was missing, in sequence order. */
    record Result(UUID keyUuid, List<Missing> missing) {
        public long imported() { return missing.stream().filter(Missing::imported).count(); }

        public long skipped() { return missing.size() - imported(); }
    }

    Result pull(UUID keyUuid);
}
