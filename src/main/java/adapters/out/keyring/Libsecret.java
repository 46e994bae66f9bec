package adapters.out.keyring;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Downcall handles into libsecret-1, GLib, GObject and GIO (java.lang.foreign; no JNA, no JNI), created
 * once on first use and cached in a static field by {@link LibsecretSecretStore}. Only non-variadic calls
 * are used: the {@code *v_sync} password functions take their attributes in a GHashTable, and the schema
 * is built by {@code secret_schema_newv}, so no struct layout of libsecret is written by hand.
 *
 * <p>Native image: every {@link FunctionDescriptor} below is listed in
 * {@code META-INF/native-image/omegasafe/keyring/reachability-metadata.json} ("foreign" / "downcalls"),
 * and the image needs foreign-function support ({@code -H:+ForeignAPISupport} on GraalVM 25) and
 * {@code --enable-native-access=ALL-UNNAMED}. Nothing here uses reflection.
 */
final class Libsecret {
    private static final AddressLayout A = ValueLayout.ADDRESS;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    /** Offset of {@code message} in {@code struct GError { GQuark domain; gint code; gchar *message; }} (LP64). */
    private static final long GERROR_MESSAGE_OFFSET = 8;
    private static final long GERROR_SIZE = 16;

    final MethodHandle hashTableNew;      // GHashTable *g_hash_table_new(GHashFunc, GEqualFunc)
    final MethodHandle hashTableInsert;   // gboolean g_hash_table_insert(GHashTable *, gpointer, gpointer)
    final MethodHandle hashTableUnref;    // void g_hash_table_unref(GHashTable *)
    final MemorySegment strHash;          // g_str_hash, passed as a function pointer
    final MemorySegment strEqual;         // g_str_equal, passed as a function pointer
    final MethodHandle errorFree;         // void g_error_free(GError *)
    final MethodHandle cancellableNew;    // GCancellable *g_cancellable_new(void)
    final MethodHandle cancellableCancel; // void g_cancellable_cancel(GCancellable *)
    final MethodHandle objectRef;         // gpointer g_object_ref(gpointer)
    final MethodHandle objectUnref;       // void g_object_unref(gpointer)
    final MethodHandle schemaNewv;        // SecretSchema *secret_schema_newv(const gchar *, SecretSchemaFlags, GHashTable *)
    final MethodHandle schemaUnref;       // void secret_schema_unref(SecretSchema *)
    final MethodHandle storev;            // gboolean secret_password_storev_sync(schema, attrs, collection, label, password, cancellable, error)
    final MethodHandle lookupv;           // gchar *secret_password_lookupv_sync(schema, attrs, cancellable, error)
    final MethodHandle clearv;            // gboolean secret_password_clearv_sync(schema, attrs, cancellable, error)
    final MethodHandle passwordFree;      // void secret_password_free(gchar *): wipes, then frees

    private Libsecret(SymbolLookup secret, SymbolLookup glib, SymbolLookup gobject, SymbolLookup gio) {
        Linker l = Linker.nativeLinker();
        FunctionDescriptor voidOfPointer = FunctionDescriptor.ofVoid(A);
        hashTableNew = l.downcallHandle(glib.findOrThrow("g_hash_table_new"), FunctionDescriptor.of(A, A, A));
        hashTableInsert = l.downcallHandle(glib.findOrThrow("g_hash_table_insert"), FunctionDescriptor.of(I, A, A, A));
        hashTableUnref = l.downcallHandle(glib.findOrThrow("g_hash_table_unref"), voidOfPointer);
        strHash = glib.findOrThrow("g_str_hash");
        strEqual = glib.findOrThrow("g_str_equal");
        errorFree = l.downcallHandle(glib.findOrThrow("g_error_free"), voidOfPointer);
        cancellableNew = l.downcallHandle(gio.findOrThrow("g_cancellable_new"), FunctionDescriptor.of(A));
        cancellableCancel = l.downcallHandle(gio.findOrThrow("g_cancellable_cancel"), voidOfPointer);
        objectRef = l.downcallHandle(gobject.findOrThrow("g_object_ref"), FunctionDescriptor.of(A, A));
        objectUnref = l.downcallHandle(gobject.findOrThrow("g_object_unref"), voidOfPointer);
        schemaNewv = l.downcallHandle(secret.findOrThrow("secret_schema_newv"), FunctionDescriptor.of(A, A, I, A));
        schemaUnref = l.downcallHandle(secret.findOrThrow("secret_schema_unref"), voidOfPointer);
        storev = l.downcallHandle(secret.findOrThrow("secret_password_storev_sync"),
                FunctionDescriptor.of(I, A, A, A, A, A, A, A));
        lookupv = l.downcallHandle(secret.findOrThrow("secret_password_lookupv_sync"), FunctionDescriptor.of(A, A, A, A, A));
        clearv = l.downcallHandle(secret.findOrThrow("secret_password_clearv_sync"), FunctionDescriptor.of(I, A, A, A, A));
        passwordFree = l.downcallHandle(secret.findOrThrow("secret_password_free"), voidOfPointer);
    }

    /**
     * Loads the libraries (sonames of Debian, Ubuntu, Fedora and Arch).
     *
     * @throws IllegalArgumentException when a library cannot be loaded
     * @throws java.util.NoSuchElementException when a symbol is missing
     */
    static Libsecret load() {
        Arena global = Arena.global();
        return new Libsecret(SymbolLookup.libraryLookup("libsecret-1.so.0", global),
                SymbolLookup.libraryLookup("libglib-2.0.so.0", global),
                SymbolLookup.libraryLookup("libgobject-2.0.so.0", global),
                SymbolLookup.libraryLookup("libgio-2.0.so.0", global));
    }

    /** The first line of a {@code GError}'s message (never a secret: libsecret does not echo them). */
    static String errorMessage(MemorySegment error) {
        MemorySegment msg = error.reinterpret(GERROR_SIZE).get(A, GERROR_MESSAGE_OFFSET);
        if (msg.equals(MemorySegment.NULL)) return "unknown error";
        String s = msg.reinterpret(Long.MAX_VALUE).getString(0);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
