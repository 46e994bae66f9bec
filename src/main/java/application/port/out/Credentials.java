package application.port.out;

/** An S3/R2 access key pair for a BYOS storage. {@link #toString()} never shows the secret. */
public record Credentials(String accessKeyId, String secretAccessKey) {
    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
    }
}
