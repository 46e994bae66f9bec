package adapters.out.container;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * One entry of a container being read: its UUID, its length and a stream over exactly its bytes. The
 * stream is valid until the reader moves to the next entry. Bytes read from it are authentic only once
 * {@link SfcReader#verifyEnd()} has returned (see {@link SfcReader}).
 */
public final class SfcEntry {
    /** Largest entry {@link #readAllBytes()} loads: a Java array's practical limit. */
    private static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 16;

    private final UUID id;
    private final long length;
    private final InputStream stream;

    SfcEntry(UUID id, long length, InputStream stream) {
        this.id = id;
        this.length = length;
        this.stream = stream;
    }

    public UUID id() { return id; }

    public long length() { return length; }

    /** The entry's bytes; read {@link #length()} of them, then it reports end of stream. */
    public InputStream stream() { return stream; }

    /**
     * The rest of the entry in memory, for small entries.
     *
     * @throws SfcFormatException when the entry is too large to load or the container ends early
     */
    public byte[] readAllBytes() throws IOException {
        if (length > MAX_IN_MEMORY) {
            throw new SfcFormatException("container entry " + id + " claims " + length + " bytes: damaged, or too large to load");
        }
        return stream.readAllBytes();
    }
}
