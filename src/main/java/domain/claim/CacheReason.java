package domain.claim;

/** Why a local claim was reserved: fast local sub-claims, or capacity kept for offline use. */
public enum CacheReason {
    PERFORMANCE("performance"),
    OFFLINE("offline");

    private final String wireName;

    CacheReason(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in stored state and JSON ({@code performance}, {@code offline}). */
    public String wireName() { return wireName; }

    public static CacheReason fromWireName(String name) {
        for (CacheReason r : values()) if (r.wireName.equals(name)) return r;
        throw new IllegalArgumentException("unknown cache reason '" + name + "'");
    }
}
