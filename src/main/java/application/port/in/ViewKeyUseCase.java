package application.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Detailed state of one locally actionable key: local key data, local cache data, ECS data, Deltas. */
public interface ViewKeyUseCase {

    record Request(UUID keyUuid) {
        public Request {
            Objects.requireNonNull(keyUuid, "keyUuid");
        }
    }


    record LocalKeyData(String keyName, UUID keyUuid, String omegasafeVersion, long keyCapacity, long startPosition,
                        long endPosition, UUID alphaIterationUuid, int alphaSequence, UUID latestIterationUuid,
                        int latestSequence, UUID latestDeltaUuid, Integer latestDeltaSequence, int iterationsCount) { }

    /** Remaining and total of the local claims of one reason. */
    record Capacity(long remaining, long total) { }

    /** The cache entry of the latest iteration; the capacities are null when no claim of that reason exists. */
    record LocalCacheData(UUID keyUuid, UUID iterationUuid, UUID ecsUuid, int claimsCount,
                          Map<String, Integer> claimsByReason, Capacity performance, Capacity offline) { }

    record DeltaData(int seq, UUID deltaUuid, long start, long end, long latestClaimed) { }

    /** {@code ecs}: what the ECS reports about the key (reference ecs_key_data), null when it cannot be read. */
    record Result(KeySummary summary, application.port.out.EcsKeyInfo ecs, LocalKeyData local, LocalCacheData cache,
                  List<DeltaData> deltas) { }

    Result view(Request request);
}
