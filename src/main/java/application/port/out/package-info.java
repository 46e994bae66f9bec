/**
 * Outbound ports: what the use cases need from the world (ECS backends, local containers, the keyring,
 * configuration, randomness, the encrypted-file container), each a small interface with its contract in
 * Javadoc. Implementations live in {@code adapters.out}; this package imports only {@code java.*} and
 * {@code domain.*}.
 */
package application.port.out;
