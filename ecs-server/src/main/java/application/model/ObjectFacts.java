package application.model;

import java.util.Map;

/**
 * What a HEAD of an object tells: its size in bytes, its ETag without quotes (the hex MD5 for a single-part
 * PUT) and its user metadata by lower-case name without the {@code x-amz-meta-} prefix.
 */
public record ObjectFacts(long size, String etag, Map<String, String> metadata) {
    /** Copies the metadata. */
    public ObjectFacts {
        metadata = Map.copyOf(metadata);
    }
}
