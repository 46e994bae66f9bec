package adapters.out.random;

import application.port.out.Entropy;
import java.security.SecureRandom;

/** {@link Entropy} backed by the platform CSPRNG ({@link SecureRandom}, non-blocking seed source). */
public final class SecureEntropy implements Entropy {
    private final SecureRandom random;

    public SecureEntropy() {
        this(new SecureRandom());
    }

    SecureEntropy(SecureRandom random) {
        this.random = random;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt(int boundExclusive) {
        return random.nextInt(boundExclusive);
    }

    @Override
    public Entropy fork() {
        return new SecureEntropy(new SecureRandom());
    }
}
