/**
 * Outbound adapters: PostgreSQL ({@code postgres}), S3-compatible storage ({@code s3}), the master-key
 * sealer ({@code crypto}) and the process's clock, randomness and memory ({@code system}). They implement
 * the ports of {@code application.port.out} and never call inbound adapters.
 */
package adapters.out;
