package application.port.in;

import java.util.Optional;

/**
 * The post-command update check (reference): only when UPDATE_CHECK is on, OFFLINE_MODE off and an HTTP ECS is
 * configured (ECS_UUID_DEFAULT preferred); at most once a day per config root; never longer than a short timeout.
 */
public interface UpdateCheckUseCase {
    /** A newer CLI version than the one running. */
    record Notice(String installed, String latest, String ecsName) { }

    /** The notice, if a newer version is announced; empty otherwise, also when the check is skipped or fails. */
    Optional<Notice> check();
}
