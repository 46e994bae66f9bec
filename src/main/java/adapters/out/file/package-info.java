/**
 * User files: the encrypted-file container (SFC with the two fixed entries) and plaintext files written
 * atomically. Must not import inbound adapters.
 */
package adapters.out.file;
