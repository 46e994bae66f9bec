package adapters.out.keyring;

import application.port.out.SecretStoreUnavailableException;

/** Calls a downcall handle outside a {@link KeyringThread}: its {@link Throwable} becomes an unavailable keyring. */
final class Native {
    private Native() { }

    /** A downcall with a result. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws Throwable;
    }

    /** A downcall without a result. */
    @FunctionalInterface
    interface Action {
        void run() throws Throwable;
    }

    static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new SecretStoreUnavailableException("the OS keyring library failed (" + t.getClass().getSimpleName() + ")");
        }
    }

    static void run(Action action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
