package adapters.out.keyring;

import application.port.out.SecretStoreUnavailableException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one keyring call on a fresh daemon thread and waits for it at most {@link #TIMEOUT_SECONDS}, so a
 * keyring that never answers (a stalled D-Bus, a prompt nobody sees) cannot hang a command. The thread is
 * a daemon and ends when the call returns; after a timeout the caller's {@code onTimeout} (a cancellation)
 * lets it return early. No thread outlives a call that completed, and none keeps the JVM alive.
 */
final class KeyringThread {
    /** Give up after this long; D-Bus's own method-call timeout would otherwise be about 25 s. */
    static final long TIMEOUT_SECONDS = 5;

    private KeyringThread() { }

    /** A body of native calls (method handles declare {@link Throwable}). */
    @FunctionalInterface
    interface Body<T> {
        T run() throws Throwable;
    }

    /**
     * The result of {@code body}; a {@link RuntimeException} it throws is rethrown as is.
     *
     * @param what the keyring, for messages ("the OS keyring")
     * @throws SecretStoreUnavailableException on timeout (after running {@code onTimeout}), on interruption,
     *         or when {@code body} throws a checked exception or an error
     */
    static <T> T run(String what, Body<T> body, Runnable onTimeout) {
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return body.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new ExecutionException(t);
            }
        });
        Thread thread = new Thread(task, "omegasafe-keyring");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            onTimeout.run();
            throw new SecretStoreUnavailableException(what + " did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onTimeout.run();
            throw new SecretStoreUnavailableException("interrupted while waiting for " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            // only the type: a native failure's text is not ours to repeat
            throw new SecretStoreUnavailableException(what + " failed (" + cause.getClass().getSimpleName() + ")");
        }
    }
}
