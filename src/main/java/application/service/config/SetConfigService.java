package application.service.config;

import application.port.in.SetConfigUseCase;
import application.port.out.Configuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code set-config}: writes the given dynamic properties, reports the change in one line. */
public final class SetConfigService implements SetConfigUseCase {
    private final Configuration configuration;

    public SetConfigService(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Result set(Request r) {
        configuration.load();
        Map<String, String> values = new LinkedHashMap<>();
        List<Change> changes = new ArrayList<>();
        r.offline().ifPresent(b -> put(values, changes, "OFFLINE_MODE", bool(b), bool(b)));
        r.update().ifPresent(b -> put(values, changes, "UPDATE_CHECK", bool(b), bool(b)));
        r.ecsDefault().ifPresent(u -> put(values, changes, "ECS_UUID_DEFAULT", u.toString(), u.toString()));
        if (r.clearEcsUuidDefault()) put(values, changes, "ECS_UUID_DEFAULT", "", "(cleared)");
        r.offlineGb().ifPresent(g -> put(values, changes, "CACHE_OFFLINE_KEY_CAPACITY_GB", g.toPlainString(), g.toPlainString()));
        r.performanceGb().ifPresent(g -> put(values, changes, "CACHE_PERFORMANCE_KEY_CAPACITY_GB", g.toPlainString(), g.toPlainString()));
        r.traditionalPass().ifPresent(p -> put(values, changes, "TRADITIONAL_ENC_LAYER_PASS", p, p.isEmpty() ? "(cleared)" : "(set)"));
        if (values.isEmpty()) return new Result(List.of(), List.of());
        configuration.set(values);
        List<String> overrides = new ArrayList<>();
        for (String property : values.keySet()) configuration.overriddenBy(property).ifPresent(overrides::add);
        return new Result(changes, overrides);
    }

    private static void put(Map<String, String> values, List<Change> changes, String property, String value, String display) {
        values.put(property, value);
        changes.add(new Change(property, display));
    }

    private static String bool(boolean b) {
        return Boolean.toString(b).toUpperCase(Locale.ROOT);
    }
}
