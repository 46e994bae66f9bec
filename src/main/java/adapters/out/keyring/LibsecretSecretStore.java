package adapters.out.keyring;

import static java.util.Objects.requireNonNull;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The freedesktop Secret Service (gnome-keyring, KWallet, KeePassXC) through libsecret, called with
 * java.lang.foreign. Items are stored the way the Python {@code keyring} library stores them: attributes
 * {@code service} = service label and {@code username} = secret label, schema name
 * {@code org.freedesktop.Secret.Generic}, label {@code Password for '<username>' on '<service>'}, default
 * collection. Lookups ignore the schema name and extra attributes (that library adds
 * {@code application}), so an item written by another client on the same account is found.
 *
 * <p>Every call runs on a daemon thread with a {@code GCancellable} and gives up after
 * {@link KeyringThread#TIMEOUT_SECONDS} s, cancelling the native call. A missing libsecret, no D-Bus
 * session, no Secret Service or no answer → {@link SecretStoreUnavailableException}. Native image: see
 * {@link Libsecret}; the handles are created lazily, once, without reflection.
 */
public final class LibsecretSecretStore implements SecretStore {
    /** Schema name of generic passwords (libsecret's and the Python keyring library's). */
    static final String SCHEMA = "org.freedesktop.Secret.Generic";
    /** SECRET_SCHEMA_DONT_MATCH_NAME: find items whatever schema name they were stored with. */
    static final int DONT_MATCH_NAME = 1 << 1;
    /** The alias of the user's default collection ("login" in gnome-keyring). */
    static final String COLLECTION = "default";
    private static final String KEYRING = "the OS keyring (Secret Service)";

    private static volatile Libsecret lib;

    /** A store on the session bus of this process ({@code DBUS_SESSION_BUS_ADDRESS}). */
    public LibsecretSecretStore() { }

    @Override
    public Optional<String> read(String service, String account) {
        return onItem(service, account, (l, arena, schema, attrs, cancellable, err) -> {
            MemorySegment pw = (MemorySegment) l.lookupv.invokeExact(schema, attrs, cancellable, err);
            if (pw.equals(MemorySegment.NULL)) return Optional.<String>empty();
            try {
                return Optional.of(pw.reinterpret(Long.MAX_VALUE).getString(0));
            } finally {
                l.passwordFree.invokeExact(pw);
            }
        });
    }

    /**
     * Removes every item of (service, account), then stores the new one. The Secret Service replaces only
     * an item with exactly the same attributes, and other clients add their own (the Python keyring library
     * adds {@code application}, {@code secret-tool} no schema name), so a plain store would leave their
     * item, with the old secret, beside the new one, and a client could still read the old secret. If the
     * store fails after the removal, the entry is gone and the error says so.
     */
    @Override
    public void write(String service, String account, String secret) {
        requireNonNull(secret, "secret");
        delete(service, account);
        int stored = onItem(service, account, (l, arena, schema, attrs, cancellable, err) -> {
            MemorySegment label = arena.allocateFrom("Password for '" + account + "' on '" + service + "'");
            MemorySegment password = arena.allocateFrom(secret);
            try {
                return (int) l.storev.invokeExact(schema, attrs, arena.allocateFrom(COLLECTION), label, password,
                        cancellable, err);
            } finally {
                password.fill((byte) 0);
            }
        });
        if (stored == 0) throw new SecretStoreUnavailableException(KEYRING + " refused to store the item (none is stored now)");
    }

    @Override
    public boolean delete(String service, String account) {
        return onItem(service, account, (l, arena, schema, attrs, cancellable, err) ->
                (int) l.clearv.invokeExact(schema, attrs, cancellable, err)) != 0;
    }

    private static Libsecret lib() {
        Libsecret l = lib;
        if (l != null) return l;
        try {
            l = Libsecret.load();
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new SecretStoreUnavailableException("no OS keyring: libsecret-1 (libsecret-1.so.0) is not installed");
        } catch (RuntimeException | LinkageError e) {
            // e.g. a native image built without foreign-function support, or native access denied
            throw new SecretStoreUnavailableException("no OS keyring access in this build (" + e.getClass().getSimpleName() + ")");
        }
        lib = l;
        return l;
    }

    /** One libsecret call on one item; schema, attribute table, GError and cancellable are released after. */
    @FunctionalInterface
    private interface ItemCall<T> {
        T run(Libsecret l, Arena arena, MemorySegment schema, MemorySegment attributes, MemorySegment cancellable,
              MemorySegment error) throws Throwable;
    }

    private static <T> T onItem(String service, String account, ItemCall<T> body) {
        requireNonNull(service, "service");
        requireNonNull(account, "account");
        Libsecret l = lib();
        MemorySegment cancellable = Native.call(() -> (MemorySegment) l.cancellableNew.invokeExact());
        // one reference for the worker thread, one for this thread: whichever finishes last frees it
        Native.call(() -> (MemorySegment) l.objectRef.invokeExact(cancellable));
        try {
            return KeyringThread.run(KEYRING, () -> {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment schema = schema(l, arena);
                    MemorySegment attrs = attributes(l, arena, service, account);
                    MemorySegment err = arena.allocate(ValueLayout.ADDRESS);
                    try {
                        T result = body.run(l, arena, schema, attrs, cancellable, err);
                        check(l, err);
                        return result;
                    } finally {
                        l.hashTableUnref.invokeExact(attrs);
                        l.schemaUnref.invokeExact(schema);
                    }
                } finally {
                    l.objectUnref.invokeExact(cancellable);
                }
            }, () -> Native.run(() -> { l.cancellableCancel.invokeExact(cancellable); }));
        } finally {
            Native.run(() -> { l.objectUnref.invokeExact(cancellable); });
        }
    }

    /** {@code secret_schema_newv(SCHEMA, DONT_MATCH_NAME, {service: STRING, username: STRING})}. */
    private static MemorySegment schema(Libsecret l, Arena arena) throws Throwable {
        MemorySegment types = (MemorySegment) l.hashTableNew.invokeExact(l.strHash, l.strEqual);
        try {
            // value = GINT_TO_POINTER(SECRET_SCHEMA_ATTRIBUTE_STRING) = NULL
            int ignored = (int) l.hashTableInsert.invokeExact(types, arena.allocateFrom("service"), MemorySegment.NULL);
            ignored = (int) l.hashTableInsert.invokeExact(types, arena.allocateFrom("username"), MemorySegment.NULL);
            return (MemorySegment) l.schemaNewv.invokeExact(arena.allocateFrom(SCHEMA), DONT_MATCH_NAME, types);
        } finally {
            l.hashTableUnref.invokeExact(types);
        }
    }

    /** The attribute table; keys and values live in {@code arena} (the table does not own them). */
    private static MemorySegment attributes(Libsecret l, Arena arena, String service, String account) throws Throwable {
        MemorySegment t = (MemorySegment) l.hashTableNew.invokeExact(l.strHash, l.strEqual);
        int ignored = (int) l.hashTableInsert.invokeExact(t, arena.allocateFrom("service"), arena.allocateFrom(service));
        ignored = (int) l.hashTableInsert.invokeExact(t, arena.allocateFrom("username"), arena.allocateFrom(account));
        return t;
    }

    private static void check(Libsecret l, MemorySegment errorSlot) throws Throwable {
        MemorySegment e = errorSlot.get(ValueLayout.ADDRESS, 0);
        if (e.equals(MemorySegment.NULL)) return;
        String message = Libsecret.errorMessage(e);
        l.errorFree.invokeExact(e);
        throw new SecretStoreUnavailableException(KEYRING + " is not reachable (" + message + ")");
    }
}
