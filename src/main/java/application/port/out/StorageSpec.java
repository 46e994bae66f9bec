package application.port.out;

/**
 * A new BYOS storage (create-ecs-storage). {@code provider} is {@code s3} or {@code r2}; {@code endpointUrl} and
 * {@code remotePath} may be null. {@link #toString()} never shows the secret.
 */
public record StorageSpec(String name, String provider, String bucketName, String region, String endpointUrl,
                          String remotePath, Credentials credentials) {
    @Override
    public String toString() {
        return "StorageSpec[name=" + name + ", provider=" + provider + ", bucket=" + bucketName + ", region=" + region
                + ", endpoint=" + endpointUrl + ", remotePath=" + remotePath + "]";
    }
}
