/*
 * AES-256-GCM of one Secure File Container chunk (docs/FORMAT.md: 12-byte nonce, 16-byte tag, the container header
 * as additional authenticated data) through OpenSSL's EVP interface, linked into the native executable (pom.xml,
 * native profile) for adapters.out.container.LinkedAesGcm. OpenSSL uses AES-NI and PCLMULQDQ where the CPU has
 * them, chosen when libcrypto starts; the native image's own AES-GCM is portable Java code without them.
 * libcrypto is initialised without reading openssl.cnf: a host's OpenSSL configuration (a FIPS-only provider
 * list, say) must not decide whether the executable can read its own containers.
 *
 * encrypt != 0: in is the plaintext (len bytes); out receives the ciphertext then the tag (len + 16 bytes);
 *               returns len + 16.
 * encrypt == 0: in is the ciphertext then the tag (len >= 16 bytes); out receives the plaintext (len - 16 bytes)
 *               once the tag is verified; returns len - 16, or -1 when the tag does not match.
 * Returns -2 on any other failure (no memory, a length out of range). Whenever decryption fails, out is cleared:
 * no unverified plaintext is left in it.
 */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <stdint.h>

#define OMEGASAFE_GCM_TAG 16

int omegasafe_aes256_gcm(int encrypt, const uint8_t *key, const uint8_t *nonce, const uint8_t *aad, int aad_len,
                         const uint8_t *in, int len, uint8_t *out) {
    if (len < 0 || aad_len < 0 || (!encrypt && len < OMEGASAFE_GCM_TAG)) return -2;
    if (OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, NULL) != 1) return -2;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (ctx == NULL) return -2;
    int result = -2;
    int n = 0;
    int fin = 0;
    if (encrypt) {
        if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, nonce) == 1
                && (aad_len == 0 || EVP_EncryptUpdate(ctx, NULL, &n, aad, aad_len) == 1)
                && EVP_EncryptUpdate(ctx, out, &n, in, len) == 1
                && EVP_EncryptFinal_ex(ctx, out + n, &fin) == 1
                && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, OMEGASAFE_GCM_TAG, out + n + fin) == 1) {
            result = n + fin + OMEGASAFE_GCM_TAG;
        }
    } else {
        int text = len - OMEGASAFE_GCM_TAG;
        if (EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, nonce) == 1
                && (aad_len == 0 || EVP_DecryptUpdate(ctx, NULL, &n, aad, aad_len) == 1)
                && EVP_DecryptUpdate(ctx, out, &n, in, text) == 1
                && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, OMEGASAFE_GCM_TAG, (void *) (in + text)) == 1) {
            result = EVP_DecryptFinal_ex(ctx, out + n, &fin) == 1 ? n + fin : -1;
        }
        if (result < 0) OPENSSL_cleanse(out, (size_t) text);
    }
    EVP_CIPHER_CTX_free(ctx);
    return result;
}
