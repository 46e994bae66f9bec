/**
 * PostgreSQL behind the persistence ports: plain JDBC over the Agroal pool, the SQL of each port in its one
 * class, schema by Flyway ({@code db/migration/V1__...}). Transactions run under READ COMMITTED; a claim is
 * one UPDATE. Connection failures become {@link application.failure.DatabaseUnavailable}.
 */
package adapters.out.postgres;
