/** The server master key: AES-256-GCM sealing of BYOS credentials ({@link adapters.out.crypto.AesGcmSealer}). */
package adapters.out.crypto;
