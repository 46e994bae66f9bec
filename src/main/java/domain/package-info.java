/**
 * The OmegaSafe model: byte replacement maps, key shapes and iterations, global-position arithmetic,
 * the per-byte transform, the claim decision and the encrypted-file value types.
 *
 * <p>Owns: pure rules and values. Must not import anything but {@code java.*} and {@code domain.*}:
 * no framework, no I/O, no clock, no randomness source of its own (callers pass them in).
 */
package domain;
