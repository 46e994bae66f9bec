package application.port.in;

import application.Caller;
import java.util.UUID;

/** One iteration of a key (Owner or Maintainer). */
public interface ViewIteration {
    /** @throws application.failure.IterationNotFound when seq is neither 0 nor a registered Delta */
    IterationView view(Caller caller, UUID keyUuid, int seq);
}
