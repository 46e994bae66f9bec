/**
 * Failures of the use cases as data ({@link application.port.in.failure.Failure}, thrown inside a
 * {@link application.port.in.failure.FailureException}); the inbound adapters word them. Imports
 * {@code java.*} and {@code domain.*} only.
 */
package application.port.in.failure;
