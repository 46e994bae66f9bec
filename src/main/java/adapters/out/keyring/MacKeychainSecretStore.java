package adapters.out.keyring;

import static java.util.Objects.requireNonNull;

import application.port.out.SecretStore;
import application.port.out.SecretStoreUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The macOS login keychain through {@code /usr/bin/security}: generic passwords with service = service
 * label and account = secret label, as the Python {@code keyring} library's macOS backend stores them.
 *
 * <p>The secret never appears on a command line (visible to other users in the process list): it is
 * written by {@code security -i}, which reads the {@code add-generic-password} command from standard
 * input, and read with {@code -g}, whose {@code password:} line is unambiguous ({@code -w} would print a
 * secret with non-ASCII characters as hex, indistinguishable from a hex secret). Limitations: a secret
 * containing a line break cannot pass through the interactive command line and is refused; a keychain
 * that asks the user to allow access waits at most {@link KeyringThread#TIMEOUT_SECONDS} s. This adapter
 * is untested on the Linux machines this project is built on: only its command text and output parsing
 * are unit-tested.
 */
public final class MacKeychainSecretStore implements SecretStore {
    /** {@code security}'s exit status for "The specified item could not be found in the keychain". */
    static final int NOT_FOUND = 44;
    private static final String SECURITY = "/usr/bin/security";
    private static final String KEYCHAIN = "the macOS keychain";
    private static final String PASSWORD_LINE = "password: ";

    /** A store in the user's default keychain search list. */
    public MacKeychainSecretStore() { }

    @Override
    public Optional<String> read(String service, String account) {
        Result r = exec(List.of(SECURITY, "find-generic-password", "-g", "-s", service, "-a", account), null);
        if (r.status == NOT_FOUND) return Optional.empty();
        if (r.status != 0) throw refused(r);
        return Optional.of(parsePassword(r.output));
    }

    @Override
    public void write(String service, String account, String secret) {
        requireNonNull(secret, "secret");
        if (secret.indexOf('\n') >= 0 || secret.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("the macOS keychain adapter cannot store a secret containing a line break");
        }
        Result r = exec(List.of(SECURITY, "-i"), addCommand(service, account, secret));
        if (r.status != 0) throw refused(r);
    }

    @Override
    public boolean delete(String service, String account) {
        Result r = exec(List.of(SECURITY, "delete-generic-password", "-s", service, "-a", account), null);
        if (r.status == NOT_FOUND) return false;
        if (r.status != 0) throw refused(r);
        return true;
    }

    /** The interactive-mode line that adds or updates (-U) the item, each argument quoted for security's parser. */
    static String addCommand(String service, String account, String secret) {
        return "add-generic-password -U -s " + quote(service) + " -a " + quote(account) + " -w " + quote(secret) + "\n";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The secret in {@code find-generic-password -g} output: {@code password: "text"} for printable ASCII,
     * {@code password: 0x<hex>  "<escaped>"} otherwise (the hex is the UTF-8 bytes), {@code password: } for
     * an empty one.
     */
    static String parsePassword(String output) {
        for (String line : output.split("\n", -1)) {
            if (!line.startsWith(PASSWORD_LINE)) continue;
            String v = line.substring(PASSWORD_LINE.length());
            if (v.startsWith("0x")) {
                int end = v.indexOf(' ');
                String hex = end < 0 ? v.substring(2) : v.substring(2, end);
                return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
            }
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) return v.substring(1, v.length() - 1);
            if (v.isBlank()) return "";
        }
        throw new SecretStoreUnavailableException(KEYCHAIN + " answered in an unexpected format");
    }

    private record Result(int status, String output) { }

    private static Result exec(List<String> cmd, String stdin) {
        AtomicReference<Process> running = new AtomicReference<>();
        return KeyringThread.run(KEYCHAIN, () -> {
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new SecretStoreUnavailableException(KEYCHAIN + " tool " + SECURITY + " cannot be run");
            }
            running.set(p);
            try (var in = p.getOutputStream()) {
                if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        }, () -> {
            Process p = running.get();
            if (p != null) p.destroyForcibly();
        });
    }

    private static SecretStoreUnavailableException refused(Result r) {
        // the status only: the tool's output may hold the secret
        return new SecretStoreUnavailableException(KEYCHAIN + " refused the request (security status " + r.status + ")");
    }
}
