package application.service;

/**
 * The server's per-key limits on the internal storage (SPEC §7; reference key-storage-limits defaults:
 * uploads daily 2, monthly 5, stored 15; downloads daily 20, monthly 200). 0 means no limit.
 */
public record Limits(long uploadsDaily, long uploadsMonthly, long uploadsStored, long downloadsDaily,
                     long downloadsMonthly) {
    /** The reference's defaults. */
    public static final Limits DEFAULTS = new Limits(2, 5, 15, 20, 200);

    /** @throws IllegalArgumentException for a negative limit */
    public Limits {
        if (uploadsDaily < 0 || uploadsMonthly < 0 || uploadsStored < 0 || downloadsDaily < 0 || downloadsMonthly < 0) {
            throw new IllegalArgumentException("limits are 0 (no limit) or positive");
        }
    }
}
