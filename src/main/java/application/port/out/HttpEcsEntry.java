package application.port.out;

import java.util.Objects;
import java.util.UUID;

/**
 * An HTTP ECS: the OmegaSafe API at {@code url} ({@code host[:port][/base]}, no scheme: always HTTPS), reached
 * with {@code apiKey}. {@code devMode} skips certificate and host-name checks for this entry only.
 * {@link #toString()} never shows the API key.
 */
public record HttpEcsEntry(UUID uuid, String name, String url, String apiKey, boolean devMode, String omegasafeVersion)
        implements EcsEntry {
    public HttpEcsEntry {
        Objects.requireNonNull(uuid, "uuid");
        name = EcsEntry.requireName(name);
        url = EcsUrl.require(url);
        if (apiKey == null || apiKey.isBlank()) throw new IllegalArgumentException("an HTTP ECS needs an API key");
        if (apiKey.codePoints().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("the API key must not contain blanks or control characters");
        }
    }

    @Override
    public EcsType type() { return EcsType.HTTP; }

    @Override
    public HttpEcsEntry withName(String newName) { return new HttpEcsEntry(uuid, newName, url, apiKey, devMode, omegasafeVersion); }

    /** The same entry at another URL. */
    public HttpEcsEntry withUrl(String newUrl) { return new HttpEcsEntry(uuid, name, newUrl, apiKey, devMode, omegasafeVersion); }

    /** The same entry with another API key. */
    public HttpEcsEntry withApiKey(String newKey) { return new HttpEcsEntry(uuid, name, url, newKey, devMode, omegasafeVersion); }

    @Override
    public String toString() {
        return "HttpEcsEntry[uuid=" + uuid + ", name=" + name + ", url=" + url + ", apiKey=***, devMode=" + devMode + "]";
    }
}
