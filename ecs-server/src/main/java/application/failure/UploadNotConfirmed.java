package application.failure;

/** The uploaded object is missing or does not match the attempt (412 {@code upload_not_confirmed}). */
public final class UploadNotConfirmed extends EcsFailure {
    /** @param detail what is missing or does not match */
    public UploadNotConfirmed(String detail) { super(detail); }
}
