package adapters.out.system;

import application.port.out.Entropy;
import java.security.SecureRandom;
import java.util.UUID;

/** {@link Entropy} from {@link SecureRandom}. */
public final class SecureEntropy implements Entropy {
    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID uuid() { return UUID.randomUUID(); }

    @Override
    public byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
