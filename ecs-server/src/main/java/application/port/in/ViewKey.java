package application.port.in;

import application.Caller;
import java.util.UUID;

/** One key as the caller sees it (Owner or Maintainer). */
public interface ViewKey {
    /** @throws application.failure.NotFound when the key does not exist or the caller has no relation to it */
    KeyView view(Caller caller, UUID keyUuid);
}
