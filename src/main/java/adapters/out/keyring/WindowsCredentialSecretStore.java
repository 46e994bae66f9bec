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
 * Windows Credential Manager through advapi32 (java.lang.foreign): generic credentials with target name
 * = service label and user name = secret label, the password as UTF-16LE blob, persisted per user
 * (CRED_PERSIST_ENTERPRISE), as the Python {@code keyring} library's Windows backend stores them; when
 * the service target belongs to another user name, the target {@code <account>@<service>} is used as that
 * library does. This adapter cannot run on the Linux machines this project is tested on.
 */
public final class WindowsCredentialSecretStore implements SecretStore {
    /** CRED_TYPE_GENERIC. */
    static final int CRED_TYPE_GENERIC = 1;
    /** CRED_PERSIST_ENTERPRISE: roams with the user profile (what the Python keyring library uses). */
    static final int CRED_PERSIST_ENTERPRISE = 3;
    /** ERROR_NOT_FOUND from GetLastError. */
    static final int ERROR_NOT_FOUND = 1168;

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
            throw new SecretStoreUnavailableException("Windows Credential Manager is not reachable" + LibsecretSecretStore.WAY_OUT);
        }
    }

    private static MemorySegment wide(Arena arena, String s) {
        return arena.allocateFrom(s + "\0", StandardCharsets.UTF_16LE);
    }

    private static String readWide(MemorySegment p) {
        if (p.equals(MemorySegment.NULL)) return null;
        return p.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_16LE);
    }

    /** The credential stored under {@code target}: user name and secret, or empty. */
    private static Optional<String[]> readTarget(String target) {
        Api a = api();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(PTR);
            MemorySegment cs = arena.allocate(a.callState());
            int ok = (int) a.read().invokeExact(cs, wide(arena, target), CRED_TYPE_GENERIC, 0, out);
            if (ok == 0) {
                int err = (int) a.lastError().get(cs, 0L);
                if (err == ERROR_NOT_FOUND) return Optional.empty();
                throw new SecretStoreUnavailableException("Windows Credential Manager error " + err + LibsecretSecretStore.WAY_OUT);
            }
            MemorySegment cred = out.get(PTR, 0).reinterpret(CREDENTIAL.byteSize());
            try {
                int size = cred.get(ValueLayout.JAVA_INT, F.blobSize);
                MemorySegment blob = cred.get(PTR, F.blob).reinterpret(size);
                String secret = new String(blob.toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_16LE);
                return Optional.of(new String[] {readWide(cred.get(PTR, F.userName)), secret});
            } finally {
                a.free().invokeExact(cred);
            }
        } catch (SecretStoreUnavailableException e) {
            throw e;
        } catch (Throwable t) {
            throw new SecretStoreUnavailableException("Windows Credential Manager call failed" + LibsecretSecretStore.WAY_OUT);
        }
    }

    @Override
    public Optional<String> read(String service, String account) {
        Optional<String[]> plain = readTarget(service);
        if (plain.isPresent() && account.equals(plain.get()[0])) return Optional.of(plain.get()[1]);
        return readTarget(account + "@" + service).filter(c -> account.equals(c[0])).map(c -> c[1]);
    }

    @Override
    public void write(String service, String account, String secret) {
        Optional<String[]> existing = readTarget(service);
        String target = existing.isPresent() && !account.equals(existing.get()[0]) ? account + "@" + service : service;
        Api a = api();
        try (Arena arena = Arena.ofConfined()) {
            byte[] blob = secret.getBytes(StandardCharsets.UTF_16LE);
            MemorySegment cred = arena.allocate(CREDENTIAL);
            cred.set(ValueLayout.JAVA_INT, F.type, CRED_TYPE_GENERIC);
            cred.set(PTR, F.targetName, wide(arena, target));
            cred.set(ValueLayout.JAVA_INT, F.blobSize, blob.length);
            cred.set(PTR, F.blob, arena.allocateFrom(ValueLayout.JAVA_BYTE, blob));
            cred.set(ValueLayout.JAVA_INT, F.persist, CRED_PERSIST_ENTERPRISE);
            cred.set(PTR, F.userName, wide(arena, account));
            int ok = (int) a.write().invokeExact(cred, 0);
            if (ok == 0) throw new SecretStoreUnavailableException("Windows Credential Manager refused to store the secret");
        } catch (SecretStoreUnavailableException e) {
            throw e;
        } catch (Throwable t) {
            throw new SecretStoreUnavailableException("Windows Credential Manager call failed" + LibsecretSecretStore.WAY_OUT);
        }
    }

    @Override
    public boolean delete(String service, String account) {
        for (String target : new String[] {service, account + "@" + service}) {
            Optional<String[]> c = readTarget(target);
            if (c.isPresent() && account.equals(c.get()[0])) {
                Api a = api();
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment cs = arena.allocate(a.callState());
                    int ok = (int) a.delete().invokeExact(cs, wide(arena, target), CRED_TYPE_GENERIC, 0);
                    return ok != 0;
                } catch (Throwable t) {
                    throw new SecretStoreUnavailableException("Windows Credential Manager call failed" + LibsecretSecretStore.WAY_OUT);
                }
            }
        }
        return false;
    }
}
