package application.model;

import java.util.UUID;

/**
 * What the server knows of a Delta's encrypted payload: its size in bytes and the Base64 of its 16-byte MD5,
 * as confirmed by a HEAD of the uploaded object.
 */
public record DeltaFacts(int seq, UUID deltaUuid, long size, String contentMd5) { }
