package adapters.out.keyring;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Downcall handles into libsecret-1 and GLib (java.lang.foreign; no JNA, no JNI). Created once, on first
 * use. Only the non-variadic {@code *v_sync} calls are used, with attributes in a GHashTable.
 * For a native image these downcalls are registered in
 * {@code META-INF/native-image/omegasafe/keyring/reachability-metadata.json}.
 */
final class Libsecret {
    private static final java.lang.foreign.AddressLayout A = ValueLayout.ADDRESS;
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;

    final MethodHandle hashTableNew;
    final MethodHandle hashTableInsert;
    final MethodHandle hashTableUnref;
    final MemorySegment strHash;
    final MemorySegment strEqual;
    final MethodHandle schemaNewv;
    final MethodHandle schemaUnref;
    final MethodHandle storev;
    final MethodHandle lookupv;
    final MethodHandle clearv;
    final MethodHandle passwordFree;
    final MethodHandle errorFree;

    private Libsecret(SymbolLookup secret, SymbolLookup glib) {
        Linker l = Linker.nativeLinker();
        hashTableNew = l.downcallHandle(glib.findOrThrow("g_hash_table_new"), FunctionDescriptor.of(A, A, A));
        hashTableInsert = l.downcallHandle(glib.findOrThrow("g_hash_table_insert"), FunctionDescriptor.of(I, A, A, A));
        hashTableUnref = l.downcallHandle(glib.findOrThrow("g_hash_table_unref"), FunctionDescriptor.ofVoid(A));
        strHash = glib.findOrThrow("g_str_hash");
        strEqual = glib.findOrThrow("g_str_equal");
        errorFree = l.downcallHandle(glib.findOrThrow("g_error_free"), FunctionDescriptor.ofVoid(A));
        schemaNewv = l.downcallHandle(secret.findOrThrow("secret_schema_newv"), FunctionDescriptor.of(A, A, I, A));
        schemaUnref = l.downcallHandle(secret.findOrThrow("secret_schema_unref"), FunctionDescriptor.ofVoid(A));
        storev = l.downcallHandle(secret.findOrThrow("secret_password_storev_sync"),
                FunctionDescriptor.of(I, A, A, A, A, A, A, A));
        lookupv = l.downcallHandle(secret.findOrThrow("secret_password_lookupv_sync"), FunctionDescriptor.of(A, A, A, A, A));
        clearv = l.downcallHandle(secret.findOrThrow("secret_password_clearv_sync"), FunctionDescriptor.of(I, A, A, A, A));
        passwordFree = l.downcallHandle(secret.findOrThrow("secret_password_free"), FunctionDescriptor.ofVoid(A));
    }

    /** Loads the libraries; throws {@link IllegalArgumentException} or {@link java.util.NoSuchElementException} when absent. */
    static Libsecret load() {
        Arena global = Arena.global();
        SymbolLookup secret = SymbolLookup.libraryLookup("libsecret-1.so.0", global);
        SymbolLookup glib = SymbolLookup.libraryLookup("libglib-2.0.so.0", global);
        return new Libsecret(secret, glib);
    }

    /** The message of a {@code GError*} (struct GError { GQuark domain; gint code; gchar *message; }). */
    static String errorMessage(MemorySegment error) {
        MemorySegment e = error.reinterpret(16);
        MemorySegment msg = e.get(A, 8);
        return msg.equals(MemorySegment.NULL) ? "unknown error" : msg.reinterpret(Long.MAX_VALUE).getString(0);
    }
}
