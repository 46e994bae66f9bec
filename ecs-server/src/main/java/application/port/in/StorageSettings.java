package application.port.in;

/**
 * BYOS settings as sent (create: all required but endpoint and remote path; edit: {@link Field} says which were
 * sent). Credentials are plaintext here and sealed before they are stored.
 */
public record StorageSettings(String name, String provider, String bucketName, String region, String endpointUrl,
                              String remotePath, String accessKeyId, String secretAccessKey) {
    @Override
    public String toString() {   // never the credentials
        return "StorageSettings[" + name + ", " + provider + ", " + bucketName + ", " + region + ", " + endpointUrl
                + ", " + remotePath + "]";
    }
}
