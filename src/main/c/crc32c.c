/*
 * CRC-32C (Castagnoli polynomial 0x1EDC6F41, reflected; RFC 3720, appendix B.4) with the SSE4.2 crc32
 * instruction, linked into the native executable (pom.xml, native profile) for the Secure File Container's
 * plain-mode trailer (adapters.out.container.LinkedCrc32c). The native image's own java.util.zip.CRC32C is
 * portable Java code; this is one chain of crc32 instructions, 8 bytes each, bound by their latency (about 3
 * cycles): several GB/s (docs/PERFORMANCE.md). Every CPU the executable runs on has SSE4.2: its target,
 * x86-64-v3, includes x86-64-v2.
 *
 * crc is the running register as java.util.zip.CRC32C keeps it (0xFFFFFFFF initially, the value
 * complemented by the caller at the end); returns the register after the len bytes at data.
 */
#include <nmmintrin.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

__attribute__((target("sse4.2")))
uint32_t omegasafe_crc32c_update(uint32_t crc, const uint8_t *data, size_t len) {
    uint64_t c = crc;
    while (len >= 8) {
        uint64_t word;
        memcpy(&word, data, sizeof word); /* unaligned load */
        c = _mm_crc32_u64(c, word);
        data += 8;
        len -= 8;
    }
    uint32_t c32 = (uint32_t) c;
    while (len > 0) {
        c32 = _mm_crc32_u8(c32, *data++);
        len--;
    }
    return c32;
}
