package application.port.in;

import java.util.UUID;

/** A registered Delta: its iteration's positions, latest claimed position and payload facts. */
public record DeltaView(int seq, UUID deltaUuid, long start, long end, long latestClaimed, long size,
                        String contentMd5) { }
