package application.port.in;

import java.util.UUID;

/**
 * One key as {@code list-keys} and {@code view-key} show it. Nullable fields follow the reference's
 * nullability rules (ECS-derived values are null when the ECS cannot be read).
 */
public record KeySummary(String keyNameLocal, String keyNameEcs, UUID keyUuid,
                         long alphaKeySizeOnDisk, long alphaRemaining, long iterationCapacity,
                         long minimumNumberOfDeltas,
                         java.math.BigInteger totalRemaining, java.math.BigInteger totalCapacity,
                         long maximumFileSize, Long deltasKeysSizeOnDisk,
                         UUID latestDeltaUuid, Integer latestDeltaSequence,
                         Long latestDeltaRemaining,
                         String ecsName, UUID ecsUuid, String ecsStatus) { }
