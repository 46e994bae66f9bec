package adapters.out.keyring;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Windows Credential Manager through advapi32 ({@code CredReadW}, {@code CredWriteW}, {@code CredDeleteW},
 * {@code CredFree}, called with java.lang.foreign), laid out as the Python {@code keyring} library's
 * Windows backend lays it out: generic credentials, user name = secret label, the secret as UTF-16LE
 * blob, persisted per user ({@code CRED_PERSIST_ENTERPRISE}). The target name is the service label; when
 * that target already holds another user name's credential, that one is moved to the target
 * {@code <username>@<service>} first, as that library does. Reads look at {@code <service>} (when its user
 * name matches) and then at {@code <account>@<service>}; deletes remove both.
 *
 * <p>A credential blob holds at most {@link #MAX_BLOB_BYTES} bytes (1280 UTF-16 code units). This adapter
 * compiles everywhere but is untested: it cannot run on the Linux machines this project is built on; only
 * its struct layout is unit-tested. Native image: its downcalls (with the {@code GetLastError} capture)
 * are not registered; a Windows native build must add them.
 */
public final class WindowsCredentialSecretStore implements SecretStore {
    /** CRED_TYPE_GENERIC. */
    static final int CRED_TYPE_GENERIC = 1;
    /** CRED_PERSIST_ENTERPRISE: roams with the user profile (what the Python keyring library uses). */
    static final int CRED_PERSIST_ENTERPRISE = 3;
    /** ERROR_NOT_FOUND from GetLastError. */
    static final int ERROR_NOT_FOUND = 1168;
    /** CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 bytes). */
    static final int MAX_BLOB_BYTES = 5 * 512;

    private static final AddressLayout PTR = ValueLayout.ADDRESS;
    /** struct _CREDENTIALW on x64: 80 bytes. */
    static final MemoryLayout CREDENTIAL = MemoryLayout.structLayout(
            ValueLayout.JAVA_INT.withName("Flags"), ValueLayout.JAVA_INT.withName("Type"),
            PTR.withName("TargetName"), PTR.withName("Comment"), ValueLayout.JAVA_LONG.withName("LastWritten"),
            ValueLayout.JAVA_INT.withName("CredentialBlobSize"), MemoryLayout.paddingLayout(4),
            PTR.withName("CredentialBlob"), ValueLayout.JAVA_INT.withName("Persist"),
            ValueLayout.JAVA_INT.withName("AttributeCount"), PTR.withName("Attributes"), PTR.withName("TargetAlias"),
            PTR.withName("UserName"));
    private static final StructLayoutHolder F = new StructLayoutHolder();

    private static final class StructLayoutHolder {
        final long type = offset("Type");
        final long targetName = offset("TargetName");
        final long blobSize = offset("CredentialBlobSize");
        final long blob = offset("CredentialBlob");
        final long persist = offset("Persist");
        final long userName = offset("UserName");

        private static long offset(String name) {
            return CREDENTIAL.byteOffset(MemoryLayout.PathElement.groupElement(name));
        }
    }

    private record Api(MethodHandle read, MethodHandle write, MethodHandle delete, MethodHandle free,
                       MemoryLayout callState, VarHandle lastError) { }

    private static volatile Api api;

    private static Api api() {
        Api a = api;
        if (a != null) return a;
        try {
            Linker l = Linker.nativeLinker();
            SymbolLookup advapi = SymbolLookup.libraryLookup("Advapi32", Arena.global());
            Linker.Option state = Linker.Option.captureCallState("GetLastError");
            MemoryLayout callState = Linker.Option.captureStateLayout();
            VarHandle lastError = callState.varHandle(MemoryLayout.PathElement.groupElement("GetLastError"));
            a = new Api(
                    l.downcallHandle(advapi.findOrThrow("CredReadW"), FunctionDescriptor.of(ValueLayout.JAVA_INT, PTR,
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, PTR), state),
                    l.downcallHandle(advapi.findOrThrow("CredWriteW"), FunctionDescriptor.of(ValueLayout.JAVA_INT, PTR,
                            ValueLayout.JAVA_INT)),
                    l.downcallHandle(advapi.findOrThrow("CredDeleteW"), FunctionDescriptor.of(ValueLayout.JAVA_INT, PTR,
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), state),
                    l.downcallHandle(advapi.findOrThrow("CredFree"), FunctionDescriptor.ofVoid(PTR)),
                    callState, lastError);
            api = a;
            return a;
        } catch (RuntimeException | LinkageError e) {
            throw new SecretStoreUnavailableException("Windows Credential Manager is not reachable");
        }
    }

    /** A credential as read: its user name and secret. */
    private record Credential(String userName, String secret) { }

    /** Public constructor for the factory; the library is loaded on first use. */
    public WindowsCredentialSecretStore() { }

    @Override
    public Optional<String> read(String service, String account) {
        Optional<Credential> plain = readTarget(service).filter(c -> account.equals(c.userName()));
        if (plain.isPresent()) return plain.map(Credential::secret);
        return readTarget(compound(account, service)).map(Credential::secret);
    }

    @Override
    public void write(String service, String account, String secret) {
        byte[] blob = secret.getBytes(StandardCharsets.UTF_16LE);
        if (blob.length > MAX_BLOB_BYTES) {
            throw new IllegalArgumentException("Windows Credential Manager holds at most " + MAX_BLOB_BYTES / 2
                    + " UTF-16 code units per secret");
        }
        Optional<Credential> existing = readTarget(service);
        if (existing.isPresent() && !account.equals(existing.get().userName())) {
            Credential other = existing.get();
            writeTarget(compound(other.userName(), service), other.userName(),
                    other.secret().getBytes(StandardCharsets.UTF_16LE));
        }
        writeTarget(service, account, blob);
    }

    @Override
    public boolean delete(String service, String account) {
        boolean deleted = false;
        for (String target : new String[] {service, compound(account, service)}) {
            Optional<Credential> c = readTarget(target);
            if (c.isPresent() && account.equals(c.get().userName())) deleted |= deleteTarget(target);
        }
        return deleted;
    }

    /** The Python keyring library's compound target name. */
    static String compound(String account, String service) {
        return account + "@" + service;
    }

    private static MemorySegment wide(Arena arena, String s) {
        return arena.allocateFrom(s, StandardCharsets.UTF_16LE); // adds a two-byte terminator
    }

    private static String readWide(MemorySegment p) {
        if (p.equals(MemorySegment.NULL)) return null;
        return p.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_16LE);
    }

    /** UTF-16LE as written by this adapter and that library; an odd length is read as UTF-8 as that library does. */
    static String decodeBlob(byte[] blob) {
        return new String(blob, blob.length % 2 == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
    }

    private static Optional<Credential> readTarget(String target) {
        Api a = api();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(PTR);
            MemorySegment cs = arena.allocate(a.callState());
            int ok = (int) a.read().invokeExact(cs, wide(arena, target), CRED_TYPE_GENERIC, 0, out);
            if (ok == 0) {
                int err = (int) a.lastError().get(cs, 0L);
                if (err == ERROR_NOT_FOUND) return Optional.empty();
                throw new SecretStoreUnavailableException("Windows Credential Manager error " + err);
            }
            MemorySegment cred = out.get(PTR, 0).reinterpret(CREDENTIAL.byteSize());
            try {
                int size = cred.get(ValueLayout.JAVA_INT, F.blobSize);
                MemorySegment blob = cred.get(PTR, F.blob).reinterpret(size);
                return Optional.of(new Credential(readWide(cred.get(PTR, F.userName)),
                        decodeBlob(blob.toArray(ValueLayout.JAVA_BYTE))));
            } finally {
                a.free().invokeExact(cred);
            }
        } catch (SecretStoreUnavailableException e) {
            throw e;
        } catch (Throwable t) {
            throw new SecretStoreUnavailableException("Windows Credential Manager call failed");
        }
    }

    private static void writeTarget(String target, String userName, byte[] blob) {
        Api a = api();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cred = arena.allocate(CREDENTIAL);
            MemorySegment secret = arena.allocateFrom(ValueLayout.JAVA_BYTE, blob);
            cred.set(ValueLayout.JAVA_INT, F.type, CRED_TYPE_GENERIC);
            cred.set(PTR, F.targetName, wide(arena, target));
            cred.set(ValueLayout.JAVA_INT, F.blobSize, blob.length);
            cred.set(PTR, F.blob, secret);
            cred.set(ValueLayout.JAVA_INT, F.persist, CRED_PERSIST_ENTERPRISE);
            cred.set(PTR, F.userName, wide(arena, userName));
            int ok = (int) a.write().invokeExact(cred, 0);
            secret.fill((byte) 0);
            if (ok == 0) throw new SecretStoreUnavailableException("Windows Credential Manager refused to store the secret");
        } catch (SecretStoreUnavailableException e) {
            throw e;
        } catch (Throwable t) {
            throw new SecretStoreUnavailableException("Windows Credential Manager call failed");
        } finally {
            java.util.Arrays.fill(blob, (byte) 0);
        }
    }

    private static boolean deleteTarget(String target) {
        Api a = api();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cs = arena.allocate(a.callState());
            int ok = (int) a.delete().invokeExact(cs, wide(arena, target), CRED_TYPE_GENERIC, 0);
            if (ok != 0) return true;
            int err = (int) a.lastError().get(cs, 0L);
            if (err == ERROR_NOT_FOUND) return false;
            throw new SecretStoreUnavailableException("Windows Credential Manager error " + err);
        } catch (SecretStoreUnavailableException e) {
            throw e;
        } catch (Throwable t) {
            throw new SecretStoreUnavailableException("Windows Credential Manager call failed");
        }
    }
}
