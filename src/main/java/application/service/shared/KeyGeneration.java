package application.service.shared;

import application.port.out.Entropy;
import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.MapChain;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Generates key iterations, one map chain per task, on at most {@code maxWorkers} threads. */
public final class KeyGeneration {
    private final Entropy entropy;

    public KeyGeneration(Entropy entropy) {
        this.entropy = entropy;
    }

    /** Generates iterations with the given seqs (each its own UUID), sharing one worker pool. */
    public List<KeyIteration> generate(UUID keyUuid, String keyName, String version, KeyShape shape,
                                       int[] seqs, int maxWorkers) {
        int chainsPerIteration = 1 + shape.rotorCount();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, maxWorkers), r -> {
            Thread t = new Thread(r, "omegasafe-keygen");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<MapChain>> futures = new ArrayList<>();
            for (int i = 0; i < seqs.length; i++) {
                for (int c = 0; c < chainsPerIteration; c++) {
                    int maps = c == 0 ? shape.nucleusMaps() : shape.rotorMaps();
                    Entropy worker = entropy.fork();
                    futures.add(pool.submit(() -> MapChain.generate(maps, worker)));
                }
            }
            List<KeyIteration> result = new ArrayList<>();
            for (int i = 0; i < seqs.length; i++) {
                MapChain nucleus = futures.get(i * chainsPerIteration).get();
                List<MapChain> rotors = new ArrayList<>();
                for (int c = 1; c < chainsPerIteration; c++) rotors.add(futures.get(i * chainsPerIteration + c).get());
                result.add(new KeyIteration(keyUuid, UUID.randomUUID(), seqs[i], keyName, version, shape, nucleus,
                        rotors));
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("key generation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("key generation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
