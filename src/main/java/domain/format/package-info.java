/** Values of the encrypted-file format: the 1024-byte file metadata prefix and the encryption metadata. */
package domain.format;
