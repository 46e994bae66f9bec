package bench;

import domain.key.KeyIteration;
import domain.key.KeyShape;
import domain.key.KeySize;
import domain.key.MapChain;
import domain.key.Preset;
import domain.transform.OmegaCipher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the OmegaSafe transform kernel ({@link OmegaCipher}) on one 1 MiB buffer per call, for
 * the MEDIUM and BIG presets (or any shape: {@code -p preset=0.50/0.25/3}). One operation is one buffer, so bytes per second = operations per second
 * times 2^20 ({@code bench/kernel} prints GB/s). Run with {@code -t 1} for one core and {@code -t max} for
 * all: every thread owns its buffer and its own run of positions in the Delta, as the chunk workers of
 * an encryption do, and all share one cipher (one key iteration in memory, as in the product).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class KernelBenchmark {
    /** One call transforms this many bytes: the chunk size of the parallel transform. */
    public static final int BUFFER = 1 << 20;

    /** The shared key iteration (Delta 1) and cipher. */
    @State(Scope.Benchmark)
    public static class Key {
        @Param({"MEDIUM", "BIG"})
        public String preset;
        OmegaCipher cipher;
        long first;
        long capacity;
        /** Hands each thread its own region of positions. */
        final AtomicLong nextRegion = new AtomicLong();

        @Setup(Level.Trial)
        public void generate() {
            KeyShape shape = preset.contains("/") ? custom(preset) : Preset.valueOf(preset).size().shape();
            SplittableRandom random = new SplittableRandom(42); // fixed seed: the same key every run
            MapChain nucleus = MapChain.generate(shape.nucleusMaps(), random::nextInt);
            List<MapChain> rotors = new ArrayList<>();
            for (int i = 0; i < shape.rotorCount(); i++) rotors.add(MapChain.generate(shape.rotorMaps(), random::nextInt));
            KeyIteration delta = new KeyIteration(new UUID(1, 1), new UUID(1, 2), 1, "bench", "0", shape, nucleus, rotors);
            cipher = new OmegaCipher(delta);
            first = delta.firstPosition();
            capacity = shape.iterationCapacity();
        }
    }

    /** {@code nucleusMb/rotorMb/rotors}, e.g. {@code 0.50/0.25/3}, for {@code -p preset=...} experiments. */
    static KeyShape custom(String spec) {
        String[] f = spec.split("/");
        return KeySize.custom(new BigDecimal(f[0]), new BigDecimal(f[1]), Integer.parseInt(f[2])).shape();
    }

    /** A thread's buffer and where it is in its region. */
    @State(Scope.Thread)
    public static class Stream {
        final byte[] buffer = new byte[BUFFER];
        long start;
        long offset;
        /** 64 GiB of positions per thread: more than a run transforms, and regions of two threads fit in any preset. */
        static final long REGION = 1L << 36;

        @Setup(Level.Trial)
        public void place(Key key) {
            new SplittableRandom(7).nextBytes(buffer);
            start = key.first + key.nextRegion.getAndIncrement() * REGION % (key.capacity - REGION);
        }

        long next() {
            long p = start + offset;
            offset = (offset + BUFFER) % REGION;
            return p;
        }
    }

    @Benchmark
    public byte[] encrypt(Key key, Stream s) {
        key.cipher.encrypt(s.next(), s.buffer, 0, BUFFER);
        return s.buffer;
    }

    @Benchmark
    public byte[] decrypt(Key key, Stream s) {
        key.cipher.decrypt(s.next(), s.buffer, 0, BUFFER);
        return s.buffer;
    }
}
