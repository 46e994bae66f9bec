/**
 * File-system primitives: atomic writes (temporary file, fsync, rename), no-replace creation of user
 * outputs, cross-process locks, owner-only permissions. Must not import inbound adapters.
 */
package adapters.out.fs;
