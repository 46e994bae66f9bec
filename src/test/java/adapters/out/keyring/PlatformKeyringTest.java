package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.MemoryLayout;
import org.junit.jupiter.api.Test;

/** What can be checked here of the macOS and Windows adapters: command text and struct layout. */
class PlatformKeyringTest {

    @Test
    void macAddCommandQuotesEveryArgumentAndCarriesTheSecretOnStdin() {
        assertEquals("add-generic-password -U -s \"omegasafe\" -a \"OMEGASAFE_CONFIG_PASSWORD\" -w \"a \\\"b\\\" c\\\\d\"\n",
                MacKeychainSecretStore.addCommand("omegasafe", "OMEGASAFE_CONFIG_PASSWORD", "a \"b\" c\\d"));
    }

    @Test
    void windowsCredentialStructMatchesTheX64Abi() {
        // CREDENTIALW: DWORD Flags, DWORD Type, LPWSTR TargetName, LPWSTR Comment, FILETIME LastWritten,
        // DWORD CredentialBlobSize, LPBYTE CredentialBlob, DWORD Persist, DWORD AttributeCount,
        // PCREDENTIAL_ATTRIBUTEW Attributes, LPWSTR TargetAlias, LPWSTR UserName
        assertEquals(80, WindowsCredentialSecretStore.CREDENTIAL.byteSize());
        assertEquals(40, WindowsCredentialSecretStore.CREDENTIAL.byteOffset(MemoryLayout.PathElement.groupElement("CredentialBlob")));
        assertEquals(72, WindowsCredentialSecretStore.CREDENTIAL.byteOffset(MemoryLayout.PathElement.groupElement("UserName")));
    }
}
