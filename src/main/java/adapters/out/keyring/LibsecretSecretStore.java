package adapters.out.keyring;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The freedesktop Secret Service through libsecret. Items are stored like the Python {@code keyring}
 * library's SecretService backend stores them: attributes {@code service} and {@code username}, label
 * {@code Password for '<username>' on '<service>'}, default collection; lookups do not match the schema
 * name, so items written by other clients are found. Each call runs on a daemon thread with a timeout,
 * so an unresponsive D-Bus never hangs a command.
 */
public final class LibsecretSecretStore implements SecretStore {
    /** Schema name of generic secrets (libsecret and Python keyring). */
    static final String SCHEMA = "org.freedesktop.Secret.Generic";
    /** SECRET_SCHEMA_DONT_MATCH_NAME: find items whatever schema name they were stored with. */
    static final int DONT_MATCH_NAME = 1 << 1;
    /** Give up on the Secret Service after this long (D-Bus activation can otherwise wait ~25 s). */
    static final long TIMEOUT_SECONDS = 5;
    /** Every unavailable message says how to do without a keyring. */
    static final String WAY_OUT = "; set OMEGASAFE_CONFIG_PASSWORD instead";

    private static volatile Libsecret lib;

    private static Libsecret lib() {
        Libsecret l = lib;
        if (l == null) {
            try {
                l = Libsecret.load();
            } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                throw new SecretStoreUnavailableException("no OS keyring: libsecret is not installed" + WAY_OUT);
            } catch (RuntimeException | LinkageError e) {
                // a native image built without foreign-function support (see README, Native executable)
                throw new SecretStoreUnavailableException("no OS keyring access in this build (" + e.getClass().getSimpleName()
                        + ")" + WAY_OUT);
            }
            lib = l;
        }
        return l;
    }

    /** One libsecret call with its schema, attribute table and GError slot, all released afterwards. */
    @FunctionalInterface
    private interface ItemCall<T> {
        T run(Libsecret l, Arena arena, MemorySegment schema, MemorySegment attributes, MemorySegment error) throws Throwable;
    }

    private static <T> T onItem(String service, String account, ItemCall<T> body) {
        return call(() -> {
            try (Arena arena = Arena.ofConfined()) {
                Libsecret l = lib();
                MemorySegment schema = schema(l, arena);
                MemorySegment attrs = attributes(l, arena, service, account);
                MemorySegment err = arena.allocate(ValueLayout.ADDRESS);
                try {
                    T result = body.run(l, arena, schema, attrs, err);
                    check(l, err);
                    return result;
                } finally {
                    l.hashTableUnref.invokeExact(attrs);
                    l.schemaUnref.invokeExact(schema);
                }
            }
        });
    }

    @Override
    public Optional<String> read(String service, String account) {
        return onItem(service, account, (l, arena, schema, attrs, err) -> {
            MemorySegment pw = (MemorySegment) l.lookupv.invokeExact(schema, attrs, MemorySegment.NULL, err);
            if (pw.equals(MemorySegment.NULL)) return Optional.<String>empty();
            try {
                return Optional.of(pw.reinterpret(Long.MAX_VALUE).getString(0));
            } finally {
                l.passwordFree.invokeExact(pw);
            }
        });
    }

    @Override
    public void write(String service, String account, String secret) {
        int ok = onItem(service, account, (l, arena, schema, attrs, err) -> (int) l.storev.invokeExact(schema, attrs,
                arena.allocateFrom("default"), arena.allocateFrom("Password for '" + account + "' on '" + service + "'"),
                arena.allocateFrom(secret), MemorySegment.NULL, err));
        if (ok == 0) throw new SecretStoreUnavailableException("the OS keyring refused to store the secret" + WAY_OUT);
    }

    @Override
    public boolean delete(String service, String account) {
        return onItem(service, account, (l, arena, schema, attrs, err) ->
                (int) l.clearv.invokeExact(schema, attrs, MemorySegment.NULL, err)) != 0;
    }

    private static MemorySegment schema(Libsecret l, Arena arena) throws Throwable {
        MemorySegment types = (MemorySegment) l.hashTableNew.invokeExact(l.strHash, l.strEqual);
        try {
            // value = GINT_TO_POINTER(SECRET_SCHEMA_ATTRIBUTE_STRING) = NULL
            int unused = (int) l.hashTableInsert.invokeExact(types, arena.allocateFrom("service"), MemorySegment.NULL);
            unused = (int) l.hashTableInsert.invokeExact(types, arena.allocateFrom("username"), MemorySegment.NULL);
            return (MemorySegment) l.schemaNewv.invokeExact(arena.allocateFrom(SCHEMA), DONT_MATCH_NAME, types);
        } finally {
            l.hashTableUnref.invokeExact(types);
        }
    }

    private static MemorySegment attributes(Libsecret l, Arena arena, String service, String account) throws Throwable {
        MemorySegment t = (MemorySegment) l.hashTableNew.invokeExact(l.strHash, l.strEqual);
        int unused = (int) l.hashTableInsert.invokeExact(t, arena.allocateFrom("service"), arena.allocateFrom(service));
        unused = (int) l.hashTableInsert.invokeExact(t, arena.allocateFrom("username"), arena.allocateFrom(account));
        return t;
    }

    private static void check(Libsecret l, MemorySegment errPtr) throws Throwable {
        MemorySegment e = errPtr.get(ValueLayout.ADDRESS, 0);
        if (!e.equals(MemorySegment.NULL)) {
            String message = Libsecret.errorMessage(e);
            l.errorFree.invokeExact(e);
            throw new SecretStoreUnavailableException("the OS keyring is not reachable (" + firstLine(message) + ")" + WAY_OUT);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Runs {@code body} on a daemon thread and waits at most {@link #TIMEOUT_SECONDS}. */
    /** A body of native calls (method handles throw Throwable). */
    @FunctionalInterface
    private interface NativeCall<T> {
        T run() throws Throwable;
    }

    private static <T> T call(NativeCall<T> body) {
        Callable<T> callable = () -> {
            try {
                return body.run();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
        FutureTask<T> task = new FutureTask<>(callable);
        Thread t = new Thread(task, "omegasafe-keyring");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new SecretStoreUnavailableException("the OS keyring did not answer within " + TIMEOUT_SECONDS + " s" + WAY_OUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreUnavailableException("interrupted while waiting for the OS keyring");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof SecretStoreUnavailableException s) throw s;
            if (c instanceof RuntimeException r) throw r;
            throw new SecretStoreUnavailableException("the OS keyring call failed: " + c.getClass().getSimpleName());
        }
    }
}
