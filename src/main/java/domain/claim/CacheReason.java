package domain.claim;

/** Why a local claim was reserved: fast local sub-claims, or capacity kept for offline use. */
public enum CacheReason {
    /** Chunked refills that serve later requests without an ECS round-trip. */
    PERFORMANCE("performance"),
    /** Pre-claimed capacity used when OFFLINE_MODE is on or the ECS is unavailable. */
    OFFLINE("offline");

    private final String wireName;

    CacheReason(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in stored state and JSON ({@code performance}, {@code offline}). */
    public String wireName() { return wireName; }

    /**
     * The reason stored as {@code name}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static CacheReason fromWireName(String name) {
        for (CacheReason r : values()) if (r.wireName.equals(name)) return r;
        throw new IllegalArgumentException("unknown cache reason '" + name + "'");
    }
}
