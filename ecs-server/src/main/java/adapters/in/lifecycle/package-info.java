/**
 * Time- and lifecycle-driven entry points of the server: the start-up comparison of the witness with the
 * database, and the witness flushing every second or so and at shutdown.
 */
package adapters.in.lifecycle;
