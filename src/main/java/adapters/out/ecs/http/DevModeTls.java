package adapters.out.ecs.http;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS context of a dev-mode entry (SPEC §7: dev mode skips certificate and host-name checks for that one ECS
 * entry): any certificate and any host name are accepted. {@code java.net.http} leaves the host-name check to the trust
 * manager (an {@link X509ExtendedTrustManager} given the engine), and this one checks nothing. Only the API client
 * ({@link ApiTransport}) and the presigned transfers ({@link DeltaTransfer}) of a dev-mode entry use it; every other
 * client keeps the JDK's default context.
 */
final class DevModeTls {
    private DevModeTls() { }

    /** A new TLS context that trusts any certificate and any host name. */
    static SSLContext trustingAnyCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingAnyCertificate()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS context", e);
        }
    }

    private static final class TrustingAnyCertificate extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }
}
