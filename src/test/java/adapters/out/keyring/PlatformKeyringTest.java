package adapters.out.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.out.SecretStoreUnavailableException;
import java.lang.foreign.MemoryLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What can be checked on Linux of the macOS and Windows adapters (command text, output parsing, struct
 * layout, target names), of the factory and of the unavailable store. The adapters themselves run only on
 * their own systems and are untested here.
 */
class PlatformKeyringTest {

    @Test
    void mac_addCommandQuotesEveryArgument_andTravelsOnStdinNotTheCommandLine() {
        assertEquals("add-generic-password -U -s \"omegasafe\" -a \"OMEGASAFE_CONFIG_PASSWORD\" -w \"a \\\"b\\\" c\\\\d\"\n",
                MacKeychainSecretStore.addCommand("omegasafe", "OMEGASAFE_CONFIG_PASSWORD", "a \"b\" c\\d"));
    }

    @Test
    void mac_refusesALineBreakInASecret_withoutShowingIt() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MacKeychainSecretStore().write("omegasafe", "acct", "line-one\nline-two"));
        assertFalse(e.getMessage().contains("line-one"), e.getMessage());
    }

    @Test
    void mac_readsPrintableHexAndEmptyPasswordLines() {
        String attrs = "keychain: \"/Users/u/Library/Keychains/login.keychain-db\"\nclass: \"genp\"\nattributes:\n"
                + "    \"acct\"<blob>=\"OMEGASAFE_CONFIG_PASSWORD\"\n    \"svce\"<blob>=\"omegasafe\"\n";
        assertEquals("plain \"quoted\" text", MacKeychainSecretStore.parsePassword(attrs + "password: \"plain \"quoted\" text\"\n"));
        String hex = java.util.HexFormat.of().formatHex("pässwörd".getBytes(StandardCharsets.UTF_8));
        assertEquals("pässwörd", MacKeychainSecretStore.parsePassword(
                "password: 0x" + hex.toUpperCase() + "  \"p\\303\\244ssw\\303\\266rd\"\n" + attrs));
        assertEquals("", MacKeychainSecretStore.parsePassword(attrs + "password: \n"));
        var e = assertThrows(SecretStoreUnavailableException.class, () -> MacKeychainSecretStore.parsePassword(attrs));
        assertTrue(e.getMessage().contains("OMEGASAFE_CONFIG_PASSWORD"));
    }

    @Test
    void windows_credentialStructMatchesTheX64Abi() {
        // CREDENTIALW: DWORD Flags, DWORD Type, LPWSTR TargetName, LPWSTR Comment, FILETIME LastWritten,
        // DWORD CredentialBlobSize, LPBYTE CredentialBlob, DWORD Persist, DWORD AttributeCount,
        // PCREDENTIAL_ATTRIBUTEW Attributes, LPWSTR TargetAlias, LPWSTR UserName
        assertEquals(80, WindowsCredentialSecretStore.CREDENTIAL.byteSize());
        assertEquals(32, offset("CredentialBlobSize"));
        assertEquals(40, offset("CredentialBlob"));
        assertEquals(48, offset("Persist"));
        assertEquals(72, offset("UserName"));
    }

    @Test
    void windows_namesTargetsAndDecodesBlobsAsPythonKeyringDoes() {
        assertEquals("OMEGASAFE_CONFIG_PASSWORD@omegasafe",
                WindowsCredentialSecretStore.compound("OMEGASAFE_CONFIG_PASSWORD", "omegasafe"));
        assertEquals("pässwörd", WindowsCredentialSecretStore.decodeBlob("pässwörd".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("abc", WindowsCredentialSecretStore.decodeBlob("abc".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void factory_choosesByOperatingSystem() {
        assertInstanceOf(LibsecretSecretStore.class, SecretStores.forOs("Linux"));
        assertInstanceOf(MacKeychainSecretStore.class, SecretStores.forOs("Mac OS X"));
        assertInstanceOf(WindowsCredentialSecretStore.class, SecretStores.forOs("Windows 11"));
        var other = SecretStores.forOs("AIX");
        assertInstanceOf(UnavailableSecretStore.class, other);
        var e = assertThrows(SecretStoreUnavailableException.class, () -> other.write("omegasafe", "acct", "s3cr3t-value"));
        assertTrue(e.getMessage().contains("AIX") && e.getMessage().contains("OMEGASAFE_CONFIG_PASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t-value"));
    }

    private static long offset(String field) {
        return WindowsCredentialSecretStore.CREDENTIAL.byteOffset(MemoryLayout.PathElement.groupElement(field));
    }
}
