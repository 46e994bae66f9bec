package application.service.config;

import application.port.in.UpdateCheckUseCase;
import application.port.out.Configuration;
import application.port.out.EcsDirectory;
import application.port.out.HttpEcsEntry;
import application.port.out.Settings;
import application.port.out.UpdateCheck;
import application.port.out.UpdateCheckTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The post-command update check (reference): skipped unless UPDATE_CHECK is on, OFFLINE_MODE off and an HTTP ECS is
 * configured (ECS_UUID_DEFAULT preferred when it is an HTTP ECS); asked at most once per {@link #INTERVAL} per config
 * root (batch jobs run thousands of commands); the answer of an ECS that does not respond in time is no answer.
 */
public final class UpdateCheckService implements UpdateCheckUseCase {
    /** How often a root asks its ECS: once a day is enough to learn about a release. */
    static final Duration INTERVAL = Duration.ofDays(1);

    private final Configuration configuration;
    private final EcsDirectory directory;
    private final UpdateCheck check;
    private final UpdateCheckTimes last;
    private final Supplier<Instant> clock;
    private final String installed;

    public UpdateCheckService(Configuration configuration, EcsDirectory directory, UpdateCheck check, UpdateCheckTimes last,
                              Supplier<Instant> clock, String installed) {
        this.configuration = configuration;
        this.directory = directory;
        this.check = check;
        this.last = last;
        this.clock = clock;
        this.installed = installed;
    }

    @Override
    public Optional<Notice> check() {
        try {
            Settings s = configuration.load();
            if (!s.updateCheck() || s.offlineMode()) return Optional.empty();
            Optional<HttpEcsEntry> ecs = s.ecsUuidDefault().flatMap(directory::find)
                    .filter(HttpEcsEntry.class::isInstance).map(HttpEcsEntry.class::cast)
                    .or(() -> directory.list().stream().filter(HttpEcsEntry.class::isInstance).map(HttpEcsEntry.class::cast).findFirst());
            if (ecs.isEmpty()) return Optional.empty();
            Instant now = clock.get();
            if (last.last().filter(t -> t.plus(INTERVAL).isAfter(now)).isPresent()) return Optional.empty();
            last.record(now);
            return check.latestVersion(ecs.get()).filter(v -> newer(v, installed))
                    .map(v -> new Notice(installed, v, ecs.get().name()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when version {@code a} is newer than {@code b}, comparing dotted numbers ({@code 0.10.0 > 0.9.2}). */
    static boolean newer(String a, String b) {
        String[] x = a.strip().split("[.-]");
        String[] y = b.strip().split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? number(x[i]) : 0;
            long q = i < y.length ? number(y[i]) : 0;
            if (p != q) return p > q;
        }
        return false;
    }

    private static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
