/**
 * Streaming the OmegaSafe transform over whole files: {@link application.service.stream.FileEncryptor} writes an
 * encrypted file (prefix, payload, random suffix at consecutive positions; SHA-256 alongside) and
 * {@link application.service.stream.FileDecryptor} reads one back and verifies it, both through
 * {@link application.service.stream.ParallelTransform} in bounded memory. No claims, no ECS.
 */
package application.service.stream;
