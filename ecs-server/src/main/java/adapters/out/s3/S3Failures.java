package adapters.out.s3;

import application.failure.StorageUnavailable;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The one place that turns S3 SDK failures into port failures and short, secret-free reasons. */
final class S3Failures {
    private S3Failures() { }

    /** The port failure for an S3 call that did not get a usable answer. */
    static StorageUnavailable unavailable(String storage, SdkException e) {
        return new StorageUnavailable("the " + storage + " storage is unavailable (" + reason(e) + "); retry later", e);
    }

    /** A short reason: the S3 error code and HTTP status, or "no answer" for transport failures. */
    static String reason(Throwable e) {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            return (code == null ? "error" : code) + ", HTTP " + s3.statusCode();
        }
        if (e instanceof SdkClientException) return "no answer from the endpoint";
        return e.getClass().getSimpleName();
    }

    /** True for a 404 answer (no such object or key). */
    static boolean notFound(S3Exception e) {
        return e.statusCode() == 404;
    }
}
