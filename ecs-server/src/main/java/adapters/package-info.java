/**
 * Everything that touches the world: {@code in.rest} (the HTTP API), {@code in.admin} (the operator's
 * commands), {@code in.lifecycle} (start-up check, witness flushing), {@code out.*} (PostgreSQL, S3,
 * crypto, system) and {@code config} (the only place that knows which adapter serves which port).
 */
package adapters;
