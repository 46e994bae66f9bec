/**
 * File-system primitives: atomic writes (temporary file, fsync, rename), no-replace creation of user
 * outputs, cross-process locks, owner-only permissions, and {@link adapters.out.fs.LocalContainerFile},
 * which combines them with {@code adapters.out.container} for small secure containers read and updated
 * whole. Must not import inbound adapters.
 */
package adapters.out.fs;
