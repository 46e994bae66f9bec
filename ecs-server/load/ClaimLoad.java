import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Claim load against one or more server replicas on this machine (loopback addresses only), bounded in claims
 * and in time. Run with the JDK alone: {@code java ecs-server/load/ClaimLoad.java --url https://127.0.0.1:P1
 * --url https://127.0.0.1:P2 --token T [--clients 50] [--claims 200] [--max-size 1000] [--deadline-s 300]}.
 *
 * <p>Registers a new key (C = 10^12), then each client claims {@code --claims} ranges of random size 1..max on
 * iteration 0 through replica (client index mod replicas), each with its own Idempotency-Key, retrying the same
 * claim on 503 or a connection failure (so a database outage loses and repeats nothing). At the end it checks
 * the ranges: no overlap, contiguous from 0, sum = the server's pointer + 1; prints claims/s and p50/p99.
 */
public class ClaimLoad {
    private static final Pattern START = Pattern.compile("\"start_global_position\"\\s*:\\s*(\\d+)");
    private static final Pattern END = Pattern.compile("\"end_global_position\"\\s*:\\s*(\\d+)");
    private static final Pattern LATEST = Pattern.compile("\"latest_claimed_global_position\"\\s*:\\s*(-?\\d+)");

    record Range(long start, long end) { }

    public static void main(String[] args) throws Exception {
        List<String> urls = new ArrayList<>();
        String token = null;
        int clients = 50, claims = 200, maxSize = 1000;
        long deadlineS = 300;
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--url" -> urls.add(v);
                case "--token" -> token = v;
                case "--clients" -> clients = Integer.parseInt(v);
                case "--claims" -> claims = Integer.parseInt(v);
                case "--max-size" -> maxSize = Integer.parseInt(v);
                case "--deadline-s" -> deadlineS = Long.parseLong(v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (urls.isEmpty() || token == null) throw new IllegalArgumentException("--url and --token are required");
        if (clients > 500 || claims > 10_000 || deadlineS > 3600) throw new IllegalArgumentException("bounded: clients <= 500, claims <= 10000, deadline <= 3600 s");
        for (String u : urls) {
            if (!InetAddress.getByName(URI.create(u).getHost()).isLoopbackAddress()) throw new IllegalArgumentException("loopback only: " + u);
        }
        HttpClient http = client();
        String key = UUID.randomUUID().toString();
        String reg = "{\"key_uuid\":\"" + key + "\",\"key_name\":\"load\",\"nucleus_maps\":10000,\"rotor_maps\":10000,\"rotor_count\":2,"
                + "\"iteration_capacity\":1000000000000,\"alpha_iteration_uuid\":\"" + UUID.randomUUID() + "\",\"omegasafe_version\":\"0.1.0\"}";
        HttpResponse<String> r = http.send(post(urls.getFirst() + "/v1/keys", token, reg, null), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) throw new IllegalStateException("register: " + r.statusCode() + " " + r.body());

        Instant deadline = Instant.now().plusSeconds(deadlineS);
        ConcurrentLinkedQueue<Range> ranges = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        AtomicLong retried = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        final String t = token;
        final int n = claims, max = maxSize;
        final int nClients = clients;
        long began = System.nanoTime();
        for (int c = 0; c < nClients; c++) {
            String base = urls.get(c % urls.size()) + "/v1/keys/" + key + "/iterations/0/claims";
            pool.submit(() -> {
                for (int i = 0; i < n && Instant.now().isBefore(deadline); i++) {
                    String idem = UUID.randomUUID().toString();
                    String body = "{\"size\":" + ThreadLocalRandom.current().nextInt(1, max + 1) + "}";
                    while (Instant.now().isBefore(deadline)) {
                        long s = System.nanoTime();
                        String outcome;
                        try {
                            HttpResponse<String> a = http.send(post(base, t, body, idem), HttpResponse.BodyHandlers.ofString());
                            outcome = String.valueOf(a.statusCode());
                            if (a.statusCode() == 201 || a.statusCode() == 200) {
                                latencies.add(System.nanoTime() - s);
                                ranges.add(new Range(num(START, a.body()), num(END, a.body())));
                                answers.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                                break;
                            }
                            if (a.statusCode() != 503) {
                                answers.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                                System.err.println("unexpected " + a.statusCode() + " " + a.body());
                                break;
                            }
                        } catch (Exception e) {
                            outcome = "connection-failure";
                        }
                        answers.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                        retried.incrementAndGet();
                        sleep(200);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(deadlineS + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - began) / 1e9;

        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(Range::start));
        long overlaps = 0, gaps = 0, expected = 0, sum = 0;
        for (Range g : sorted) {
            if (g.start() < expected) overlaps++;
            if (g.start() > expected) gaps++;
            expected = Math.max(expected, g.end() + 1);
            sum += g.end() - g.start() + 1;
        }
        HttpResponse<String> it = http.send(HttpRequest.newBuilder(URI.create(urls.getFirst() + "/v1/keys/" + key + "/iterations/0"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        long latest = num(LATEST, it.body());
        long[] lat = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("replicas=%d clients=%d claims_per_client=%d%n", urls.size(), nClients, n);
        System.out.printf("claims=%d in %.2f s: %.0f claims/s; latency p50=%.1f ms p99=%.1f ms max=%.1f ms%n", sorted.size(), seconds,
                sorted.size() / seconds, pct(lat, 0.50), pct(lat, 0.99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
        System.out.printf("answers=%s retried=%d%n", answers, retried.get());
        System.out.printf("overlapping_ranges=%d gaps=%d sum_of_sizes=%d server_pointer+1=%d sums_exact=%b%n", overlaps, gaps, sum,
                latest + 1, sum == latest + 1);
        boolean ok = overlaps == 0 && gaps == 0 && sum == latest + 1 && sorted.size() == (long) nClients * n;
        System.out.println(ok ? "RESULT: OK" : "RESULT: FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long num(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) throw new IllegalStateException("no " + p + " in " + body);
        return Long.parseLong(m.group(1));
    }

    private static HttpRequest post(String url, String token, String body, String idem) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idem != null) b.header("Idempotency-Key", idem);
        return b.build();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpClient client() throws Exception {
        // The embedded default's certificate is self-signed; this tool talks to loopback addresses only.
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) { }
            public void checkServerTrusted(X509Certificate[] c, String a) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        return HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }
}
