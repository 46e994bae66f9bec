package application.port.in;

import application.Caller;
import java.util.UUID;

/** Registers a Delta after its PUT, once the object is verified (Owner or Maintainer of its key). */
public interface ConfirmUpload {
    /** The Delta, and whether this call registered it (false: it was registered already). */
    record Result(DeltaView delta, boolean created) { }

    /**
     * @throws application.failure.UploadNotConfirmed when the object is missing or its size, MD5 or
     *                                                upload-attempt metadata do not match
     * @throws application.failure.DeltaSequenceTaken when another Delta was registered at that seq first
     */
    Result confirm(Caller caller, UUID attemptUuid);
}
