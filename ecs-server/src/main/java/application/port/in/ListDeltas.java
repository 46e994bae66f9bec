package application.port.in;

import application.Caller;
import java.util.List;
import java.util.UUID;

/** A key's Deltas in sequence order (Owner or Maintainer). */
public interface ListDeltas {
    /** Dense from seq 1. */
    List<DeltaView> list(Caller caller, UUID keyUuid);
}
