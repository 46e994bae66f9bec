package adapters.out.ecs.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import support.EcsServer;

/**
 * A TLS-terminating HTTP/1.1 proxy in front of the real test server that injects network faults into chosen exchanges:
 * drop the answer after the server has carried out the request (a lost response), hold it past the client's read
 * timeout (whole, or after its head), answer in the server's place without forwarding, or rewrite the answer's body (a
 * tampering server). It
 * presents the server's own certificate (clients use dev mode) and forwards each request on a new connection with
 * {@code Connection: close}. Every request it sees is recorded (request line and headers).
 */
final class FaultProxy implements AutoCloseable {
    /** What to do with one exchange. */
    sealed interface Fault {
        /** Forward the request, read the answer, then close the client's connection without answering. */
        record DropAnswer() implements Fault { }

        /** Forward the request and hold the answer for {@code delay}, then close without answering. */
        record HoldAnswer(Duration delay) implements Fault { }

        /**
         * Forward, pass the answer's head and the first byte of its body, then hold the rest for {@code delay} and close
         * (an answer whose body stops arriving).
         */
        record StallBody(Duration delay) implements Fault { }

        /** Answer {@code status} with a problem body, without forwarding. */
        record Answer(int status, String json, Integer retryAfter) implements Fault { }

        /** Forward, then pass the answer with its body rewritten. */
        record Rewrite(UnaryOperator<String> body) implements Fault { }
    }

    /** A request as the proxy saw it; {@link #toString()} shows the request line only (the headers hold the API key). */
    record Seen(String requestLine, Map<String, String> headers) {
        String header(String name) {
            for (var e : headers.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
            return null;
        }

        @Override
        public String toString() { return requestLine; }
    }

    private record Rule(Pattern requestLine, Fault fault) { }

    private final EcsServer server;
    private final String basePath;
    private final SSLServerSocket listener;
    private final List<Rule> rules = Collections.synchronizedList(new ArrayList<>());
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final SSLContext upstream = EcsServer.trustingAnyCertificate();
    private volatile boolean closed;

    FaultProxy(EcsServer server) throws Exception {
        this(server, "");
    }

    /** A proxy served under {@code basePath} ({@code /base}): it removes that prefix before forwarding (a reverse proxy). */
    FaultProxy(EcsServer server, String basePath) throws Exception {
        this.server = server;
        this.basePath = basePath;
        KeyStore ks = KeyStore.getInstance("PKCS12");
        char[] password = Files.readString(server.dataDir().resolve("tls/password")).strip().toCharArray();
        try (InputStream in = Files.newInputStream(server.dataDir().resolve("tls/server.p12"))) {
            ks.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        listener = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("fault-proxy").start(this::accept);
    }

    /** The proxy's URL as an entry takes it ({@code 127.0.0.1:PORT[/base]}). */
    String url() { return "127.0.0.1:" + listener.getLocalPort() + basePath; }

    /** The next request whose request line ({@code POST /v1/...}) matches {@code regex} meets {@code fault}, once. */
    FaultProxy onNext(String regex, Fault fault) {
        rules.add(new Rule(Pattern.compile(regex), fault));
        return this;
    }

    /** Every request seen so far, in order. */
    List<Seen> seen() { return List.copyOf(seen); }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Thread.ofPlatform().daemon().start(() -> exchange(client));
            } catch (IOException e) {
                if (closed) return;
            }
        }
    }

    private void exchange(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head == null) return;
            String[] lines = head.split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
            Seen request = new Seen(lines[0], headers);
            seen.add(request);
            String length = request.header("Content-Length");
            byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
            Fault fault = take(lines[0]);
            OutputStream out = client.getOutputStream();
            if (fault instanceof Fault.Answer a) {
                out.write(response(a.status(), a.json(), a.retryAfter()));
                out.flush();
                return;
            }
            byte[] answer = forward(lines[0], headers, body);
            switch (fault) {
                case Fault.DropAnswer d -> { }
                case Fault.HoldAnswer h -> Thread.sleep(h.delay());
                case Fault.StallBody h -> {
                    out.write(answer, 0, headLength(answer) + 1);
                    out.flush();
                    Thread.sleep(h.delay());
                }
                case Fault.Rewrite r -> out.write(rewrite(answer, r.body()));
                case null, default -> out.write(answer);
            }
            out.flush();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the client went away: nothing to do
        }
    }

    private Fault take(String requestLine) {
        synchronized (rules) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).requestLine().matcher(requestLine).find()) return rules.remove(i).fault();
            }
        }
        return null;
    }

    private byte[] forward(String requestLine, Map<String, String> headers, byte[] body) throws IOException {
        String[] hostPort = server.url().split(":");
        try (Socket s = upstream.getSocketFactory().createSocket(hostPort[0], Integer.parseInt(hostPort[1]))) {
            String[] parts = requestLine.split(" ", 3);
            String path = parts[1].startsWith(basePath + "/") ? parts[1].substring(basePath.length()) : parts[1];
            StringBuilder head = new StringBuilder(parts[0] + " " + path + " " + parts[2]).append("\r\n");
            headers.forEach((k, v) -> {
                if (!k.equalsIgnoreCase("Connection")) head.append(k).append(": ").append(v).append("\r\n");
            });
            head.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return s.getInputStream().readAllBytes();
        }
    }

    /** Bytes of the answer's head, the blank line included. */
    private static int headLength(byte[] answer) {
        return new String(answer, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
    }

    /** The answer with its body replaced by {@code change(body)}; a chunked body is de-chunked first. */
    private static byte[] rewrite(byte[] answer, UnaryOperator<String> change) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, split).split("\r\n");
        String body = text.substring(split + 4);
        StringBuilder out = new StringBuilder(head[0]).append("\r\n");
        boolean chunked = false;
        for (int i = 1; i < head.length; i++) {
            String lower = head[i].toLowerCase(Locale.ROOT);
            if (lower.startsWith("transfer-encoding:")) chunked = lower.contains("chunked");
            if (lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:") || lower.startsWith("connection:")) continue;
            out.append(head[i]).append("\r\n");
        }
        if (chunked) body = dechunk(body);
        byte[] changed = change.apply(new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        out.append("Content-Length: ").append(changed.length).append("\r\nConnection: close\r\n\r\n");
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        result.writeBytes(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        result.writeBytes(changed);
        return result.toByteArray();
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).split(";")[0].strip(), 16);
            if (size == 0) return out.toString();
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    private static byte[] response(int status, String json, Integer retryAfter) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " Fault\r\nContent-Type: application/problem+json\r\nContent-Length: " + body.length
                + "\r\n" + (retryAfter == null ? "" : "Retry-After: " + retryAfter + "\r\n") + "Connection: close\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            state = switch (state) {
                case 0, 2 -> b == '\r' ? state + 1 : 0;
                case 1 -> b == '\n' ? 2 : (b == '\r' ? 1 : 0);
                case 3 -> b == '\n' ? 4 : (b == '\r' ? 1 : 0);
                default -> 0;
            };
            if (state == 4) {
                String s = head.toString(StandardCharsets.ISO_8859_1);
                return s.substring(0, s.length() - 4);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }

    /** A problem body as the server writes one. */
    static String problem(int status, String code, String detail) {
        return "{\"type\":\"urn:omegasafe:problem:" + code + "\",\"title\":\"" + code + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
    }
}
