/**
 * S3-compatible storage (AWS SDK v2): one client and presigner per storage — the internal bucket's from the
 * Quarkus Amazon S3 configuration ({@code quarkus.s3.*}), a BYOS storage's built in code from its row —
 * Delta objects (HEAD, DELETE), presigned PUT/GET, BYOS verification, and the witness objects.
 */
package adapters.out.s3;
