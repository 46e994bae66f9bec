package application.port.out;

import java.util.Optional;

/** The latest CLI version an HTTP ECS announces (reference: the post-command update check). */
public interface UpdateCheck {
    /**
     * The version the ECS at {@code entry} announces, asked with a short timeout; empty when it does not answer in
     * time or says nothing. Never throws.
     */
    Optional<String> latestVersion(HttpEcsEntry entry);
}
