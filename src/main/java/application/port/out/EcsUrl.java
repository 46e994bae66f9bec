package application.port.out;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URL form of an HTTP ECS (reference: {@code host[:port][/base]}, no scheme; always HTTPS). Host is a DNS
 * name, an IPv4 address or a bracketed IPv6 address; port 1..65535; base a path of URL-safe segments.
 */
public final class EcsUrl {
    private static final Pattern FORM = Pattern.compile(
            "(?<host>\\[[0-9a-fA-F:.]+]|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*)"
                    + "(:(?<port>[0-9]{1,5}))?(?<base>(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*)/?");

    private EcsUrl() { }

    /**
     * The URL as stored (lower-case host, no trailing slash).
     *
     * @throws IllegalArgumentException when it has a scheme or is not of the form {@code host[:port][/base]}
     */
    public static String require(String url) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("an HTTP ECS needs a URL");
        String u = url.strip();
        if (u.contains("://")) {
            throw new IllegalArgumentException("the ECS URL takes no scheme: give host[:port][/base] (HTTPS is always used)");
        }
        var m = FORM.matcher(u);
        if (!m.matches()) throw new IllegalArgumentException("'" + printable(u) + "' is not of the form host[:port][/base]");
        String port = m.group("port");
        if (port != null) {
            int p = Integer.parseInt(port);
            if (p < 1 || p > 65535) throw new IllegalArgumentException("port " + port + " is outside 1..65535");
        }
        String host = m.group("host").toLowerCase(Locale.ROOT);
        String base = m.group("base");
        return host + (port == null ? "" : ":" + port) + (base == null ? "" : base);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(100).forEach(c -> b.append(Character.isISOControl(c) ? '?' : (char) c));
        return b.toString();
    }
}
