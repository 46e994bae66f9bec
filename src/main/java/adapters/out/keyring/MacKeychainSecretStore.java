package adapters.out.keyring;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The macOS login keychain through {@code /usr/bin/security}: generic passwords with service = service
 * label and account = secret label, as the Python {@code keyring} library's macOS backend stores them.
 * The secret is written through {@code security -i} on standard input, never on a command line. This
 * adapter cannot run on the Linux machines this project is tested on; its command construction is
 * unit-tested.
 */
public final class MacKeychainSecretStore implements SecretStore {
    /** {@code security}'s exit status for "The specified item could not be found in the keychain". */
    static final int NOT_FOUND = 44;
    private static final String SECURITY = "/usr/bin/security";

    @Override
    public Optional<String> read(String service, String account) {
        Result r = exec(List.of(SECURITY, "find-generic-password", "-s", service, "-a", account, "-w"), null);
        if (r.status == NOT_FOUND) return Optional.empty();
        if (r.status != 0) throw unavailable(r);
        String out = r.stdout;
        return Optional.of(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
    }

    @Override
    public void write(String service, String account, String secret) {
        Result r = exec(List.of(SECURITY, "-i"), addCommand(service, account, secret));
        if (r.status != 0) throw unavailable(r);
    }

    @Override
    public boolean delete(String service, String account) {
        Result r = exec(List.of(SECURITY, "delete-generic-password", "-s", service, "-a", account), null);
        if (r.status == NOT_FOUND) return false;
        if (r.status != 0) throw unavailable(r);
        return true;
    }

    /** The interactive-mode line that adds or updates (-U) the item; arguments quoted for security's parser. */
    static String addCommand(String service, String account, String secret) {
        return "add-generic-password -U -s " + quote(service) + " -a " + quote(account) + " -w " + quote(secret) + "\n";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private record Result(int status, String stdout) { }

    private static Result exec(List<String> cmd, String stdin) {
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(LibsecretSecretStore.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new SecretStoreUnavailableException("the macOS keychain did not answer" + LibsecretSecretStore.WAY_OUT);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new SecretStoreUnavailableException("the macOS keychain tool cannot be run" + LibsecretSecretStore.WAY_OUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretStoreUnavailableException("interrupted while waiting for the macOS keychain");
        }
    }

    private static SecretStoreUnavailableException unavailable(Result r) {
        return new SecretStoreUnavailableException("the macOS keychain refused the request (status " + r.status + ")"
                + LibsecretSecretStore.WAY_OUT);
    }
}
