/**
 * The server's use cases, one interface each, in the API's words. Every method that touches a key or a
 * storage takes the {@link application.Caller} and applies the authorisation rule itself
 * ({@link application.access.KeyAccess} for keys, ownership for storages); failures are
 * {@link application.failure.EcsFailure} subtypes.
 */
package application.port.in;
