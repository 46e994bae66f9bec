package application.port.out;

import java.util.Map;

/**
 * A key's internal-storage usage (reference: key-storage-limits): {@code usage} null when the ECS gives none (a key
 * on BYOS), {@code message} the ECS's informational text or null.
 */
public record StorageLimits(String message, Usage usage) {
    /** Uploads and downloads by scope name ({@code daily}, {@code monthly}, {@code stored}). */
    public record Usage(Map<String, Metric> uploads, Map<String, Metric> downloads) { }

    /** One scope: every field may be null when the ECS does not say. {@code percentage} of the limit used. */
    public record Metric(Long used, Long limit, Long remaining, Long percentage, Boolean hasLimit) { }
}
