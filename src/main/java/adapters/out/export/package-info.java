/**
 * Shared primitive: exports of sensitive payloads for out-of-band transfer (plain, passphrase or recipient-key
 * protection) and this root's X25519 recipient key. Used by the key and ECS-connection export adapters.
 */
package adapters.out.export;
