package application.service.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import application.port.in.UpdateCheckUseCase.Notice;
import application.port.out.Configuration;
import application.port.out.EcsDirectory;
import application.port.out.EcsEntry;
import application.port.out.HttpEcsEntry;
import application.port.out.Settings;
import application.port.out.SfcEcsEntry;
import application.port.out.UpdateCheck;
import application.port.out.UpdateCheckTimes;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The post-command update check: when it asks, whom it asks, how often, and what counts as newer. */
class UpdateCheckServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");
    private final HttpEcsEntry first = new HttpEcsEntry(UUID.randomUUID(), "first", "first.example", "k1", false, "0.9.0");
    private final HttpEcsEntry second = new HttpEcsEntry(UUID.randomUUID(), "second", "second.example:8443", "k2", false, "0.9.0");
    private final SfcEcsEntry sfc = new SfcEcsEntry(UUID.randomUUID(), "local", Path.of("/tmp/ecs.sfc"), "0.9.0");
    private final List<EcsEntry> entries = new ArrayList<>();
    private final List<HttpEcsEntry> asked = new ArrayList<>();
    private final List<Instant> recorded = new ArrayList<>();
    private Optional<String> announced = Optional.of("1.0.0");
    private Instant now = T0;
    private boolean updateCheck = true;
    private boolean offline;
    private Optional<UUID> defaultEcs = Optional.empty();

    @Test
    void aNewerVersionAnnouncedByTheOnlyHttpEcsIsANotice() {
        entries.addAll(List.of(sfc, first));
        assertEquals(Optional.of(new Notice("0.9.0", "1.0.0", "first")), service().check());
        assertEquals(List.of(first), asked);
        assertEquals(List.of(T0), recorded);
    }

    @Test
    void theDefaultEcsIsAskedWhenItIsAnHttpEcs() {
        entries.addAll(List.of(first, second));
        defaultEcs = Optional.of(second.uuid());
        assertEquals("second", service().check().orElseThrow().ecsName());
        assertEquals(List.of(second), asked);
    }

    @Test
    void anSfcDefaultFallsBackToTheFirstHttpEcs() {
        entries.addAll(List.of(sfc, first, second));
        defaultEcs = Optional.of(sfc.uuid());
        service().check();
        assertEquals(List.of(first), asked);
    }

    @Test
    void nothingIsAskedWithoutAnHttpEcsWhenOfflineOrWhenTheCheckIsOff() {
        entries.add(sfc);
        assertTrue(service().check().isEmpty());
        entries.add(first);
        offline = true;
        assertTrue(service().check().isEmpty());
        offline = false;
        updateCheck = false;
        assertTrue(service().check().isEmpty());
        assertEquals(List.of(), asked);
        assertEquals(List.of(), recorded, "a skipped check does not count as a check");
    }

    @Test
    void aRootAsksAtMostOnceADay() {
        entries.add(first);
        UpdateCheckService service = service();
        assertTrue(service.check().isPresent());
        now = T0.plus(Duration.ofHours(23));
        assertTrue(service.check().isEmpty());
        assertEquals(1, asked.size());
        now = T0.plus(Duration.ofDays(1));
        assertTrue(service.check().isPresent());
        assertEquals(2, asked.size());
        assertEquals(List.of(T0, T0.plus(Duration.ofDays(1))), recorded);
    }

    @Test
    void noAnswerOrTheSameOrAnOlderVersionIsNoNotice() {
        entries.add(first);
        for (Optional<String> answer : List.of(Optional.<String>empty(), Optional.of("0.9.0"), Optional.of("0.8.12"))) {
            recorded.clear();
            announced = answer;
            assertTrue(service().check().isEmpty(), answer.toString());
            assertEquals(1, recorded.size(), "an unanswered check still waits a day: " + answer);
        }
    }

    @Test
    void aFailingConfigurationOrEcsIsNoNoticeAndNoError() {
        entries.add(first);
        UpdateCheck failing = e -> { throw new IllegalStateException("boom"); };
        assertTrue(new UpdateCheckService(configuration(), directory(), failing, times(), () -> now, "0.9.0").check().isEmpty());
    }

    @Test
    void versionsCompareAsDottedNumbers() {
        assertTrue(UpdateCheckService.newer("0.10.0", "0.9.2"));
        assertTrue(UpdateCheckService.newer("1.0.1", "1.0"));
        assertTrue(UpdateCheckService.newer(" 2.0.0\n", "1.99.99"));
        assertFalse(UpdateCheckService.newer("1.0", "1.0.0"));
        assertFalse(UpdateCheckService.newer("0.9.2", "0.10.0"));
        assertFalse(UpdateCheckService.newer("1.0.0-rc1", "1.0.0-rc2"));
        assertFalse(UpdateCheckService.newer("garbage", "0.0.1"));
    }

    private UpdateCheckService service() {
        UpdateCheck check = e -> {
            asked.add(e);
            return announced;
        };
        return new UpdateCheckService(configuration(), directory(), check, times(), () -> now, "0.9.0");
    }

    private UpdateCheckTimes times() {
        return new UpdateCheckTimes() {
            @Override public Optional<Instant> last() { return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.getLast()); }
            @Override public void record(Instant when) { recorded.add(when); }
        };
    }

    private EcsDirectory directory() {
        return new EcsDirectory() {
            @Override public List<EcsEntry> list() { return List.copyOf(entries); }
            @Override public Optional<EcsEntry> find(UUID uuid) { return entries.stream().filter(e -> e.uuid().equals(uuid)).findFirst(); }
            @Override public void add(EcsEntry entry) { throw new UnsupportedOperationException(); }
            @Override public void replace(EcsEntry entry) { throw new UnsupportedOperationException(); }
            @Override public boolean remove(UUID uuid) { throw new UnsupportedOperationException(); }
        };
    }

    private Configuration configuration() {
        return new Configuration() {
            @Override public Path root() { return Path.of("/tmp/root"); }
            @Override public boolean exists() { return true; }
            @Override public void writeDefaults() { throw new UnsupportedOperationException(); }
            @Override public void set(Map<String, String> properties) { throw new UnsupportedOperationException(); }
            @Override public Optional<String> overriddenBy(String property) { return Optional.empty(); }
            @Override public Settings load() {
                Path r = root();
                return new Settings(r, r.resolve("keys"), r.resolve("cache"), r.resolve("ecs"), offline, updateCheck, defaultEcs,
                        BigDecimal.ONE, BigDecimal.ONE, Optional.empty());
            }
        };
    }
}
