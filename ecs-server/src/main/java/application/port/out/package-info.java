/**
 * What the use cases need from the world, named by role. Each port states its contract in Javadoc; every
 * port may throw {@link application.failure.DatabaseUnavailable} (PostgreSQL-backed ports) or
 * {@link application.failure.StorageUnavailable} (S3-backed ports) when its backend does not answer.
 */
package application.port.out;
