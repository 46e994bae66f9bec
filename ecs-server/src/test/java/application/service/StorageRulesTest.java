package application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.failure.InvalidRequest;
import application.model.StorageProvider;
import application.port.in.StorageSettings;
import org.junit.jupiter.api.Test;

/** The reference's BYOS validation: r2 needs an endpoint and region auto, s3 forbids both; loopback http only when allowed. */
class StorageRulesTest {
    private final StorageRules strict = new StorageRules(false);
    private final StorageRules tests = new StorageRules(true);

    private static StorageSettings r2(String endpoint) {
        return new StorageSettings("r2-primary", "r2", "omega-safe-prod", "auto", endpoint, "deltas/prod", "AKID", "secret");
    }

    @Test
    void r2WithAnHttpsEndpointIsValid() {
        assertEquals(StorageProvider.R2, strict.validate(r2("https://account.r2.cloudflarestorage.com")));
    }

    @Test
    void s3WithARealRegionAndNoEndpointIsValid() {
        assertEquals(StorageProvider.S3, strict.validate(new StorageSettings("s3", "s3", "bucket-1", "eu-central-1", null, null, "A", "S")));
    }

    @Test
    void loopbackHttpIsOnlyForServersThatAllowIt() {
        assertThrows(InvalidRequest.class, () -> strict.validate(r2("http://127.0.0.1:9000")));
        assertEquals(StorageProvider.R2, tests.validate(r2("http://127.0.0.1:9000")));
        assertThrows(InvalidRequest.class, () -> tests.validate(r2("http://10.0.0.1:9000")));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        InvalidRequest e = assertThrows(InvalidRequest.class, () -> strict.validate(
                new StorageSettings("", "s3", "B", "auto", "https://x", "/lead", null, "")));
        var fields = e.errors().stream().map(InvalidRequest.FieldError::field).toList();
        for (String f : new String[] {"name", "bucket_name", "region", "endpoint_url", "remote_path", "access_key_id", "secret_access_key"}) {
            assertTrue(fields.contains(f), f + " in " + fields);
        }
    }

    @Test
    void endpointsWithPathsOrCredentialsAreRefused() {
        assertThrows(InvalidRequest.class, () -> strict.validate(r2("https://host/path")));
        assertThrows(InvalidRequest.class, () -> strict.validate(r2("https://user:pw@host")));
    }
}
