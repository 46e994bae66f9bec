package application.port.in;

import java.util.UUID;

/**
 * One iteration of a key: its UUID (the Alpha's or the Delta's), the positions it owns and its latest claimed
 * position ({@code start - 1} when nothing is claimed).
 */
public record IterationView(int seq, UUID iterationUuid, long start, long end, long latestClaimed) { }
