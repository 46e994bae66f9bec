package application.service;

import application.failure.StorageVerificationFailed;
import application.model.StorageLocation;
import application.port.out.StorageVerifier;
import java.util.ArrayList;
import java.util.List;

/** Runs the verification of a BYOS location and turns its report into a failure or warnings. */
final class StorageChecks {
    private StorageChecks() { }

    /** The warnings of a usable storage. @throws StorageVerificationFailed when LIST, PUT or GET failed */
    static List<String> verify(StorageVerifier verifier, StorageLocation.Byos location) {
        StorageVerifier.Report report = verifier.verify(location);
        if (!report.usable()) throw new StorageVerificationFailed(report.failedOperation().get(), report.reason());
        List<String> warnings = new ArrayList<>();
        if (!report.deleteWorked()) {
            warnings.add("DELETE of the connection-test object failed (" + report.reason() + "): the storage works for"
                    + " uploads, downloads and claims, but best-effort clean-up of invalid uploads and of deleted keys'"
                    + " Deltas will not; allow DeleteObject to enable it");
        }
        return warnings;
    }
}
