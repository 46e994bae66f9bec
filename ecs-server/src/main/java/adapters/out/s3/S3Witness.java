package adapters.out.s3;

import application.port.out.Witness;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link Witness} in the internal bucket. Each record is an object named by its value,
 * {@code {prefix}/{key_uuid}/{seq, 10 digits}-{latest, 19 digits}}, so the witness of an iteration is the
 * greatest name under its prefix whatever order concurrent replicas write in; older (smaller) names are
 * deleted after a write, best effort. Reading lists the prefix (no object is read).
 */
public final class S3Witness implements Witness {
    private static final Pattern NAME = Pattern.compile("^([0-9a-f-]{36})/(\\d{10})-(\\d{19})$");
    private final S3Clients clients;
    private final String prefix;

    /** @param clients the internal bucket's client; @param prefix object key prefix, e.g. {@code ecs-witness} */
    public S3Witness(S3Clients clients, String prefix) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public void record(UUID keyUuid, int seq, long latest) {
        if (latest < 0) return;
        S3Clients.Handle h = clients.internal();
        String iteration = prefix + "/" + keyUuid + "/" + String.format("%010d", seq) + "-";
        String name = iteration + String.format("%019d", latest);
        String body = "{\"key_uuid\":\"" + keyUuid + "\",\"seq_number\":" + seq + ",\"latest_claimed_global_position\":" + latest + "}";
        try {
            h.client().putObject(b -> b.bucket(h.bucket()).key(name).contentType("application/json"),
                    RequestBody.fromString(body, StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw S3Failures.unavailable("internal", e);
        }
        try {
            for (S3Object o : h.client().listObjectsV2Paginator(b -> b.bucket(h.bucket()).prefix(iteration)).contents()) {
                if (o.key().compareTo(name) < 0) h.client().deleteObject(b -> b.bucket(h.bucket()).key(o.key()));
            }
        } catch (SdkException e) {
            // Clean-up only: a smaller name left behind never lowers the witness.
        }
    }

    @Override
    public Map<UUID, Map<Integer, Long>> readAll() {
        S3Clients.Handle h = clients.internal();
        Map<UUID, Map<Integer, Long>> out = new HashMap<>();
        try {
            for (S3Object o : h.client().listObjectsV2Paginator(b -> b.bucket(h.bucket()).prefix(prefix + "/")).contents()) {
                Matcher m = NAME.matcher(o.key().substring(prefix.length() + 1));
                if (!m.matches()) continue;
                UUID key = UUID.fromString(m.group(1));
                out.computeIfAbsent(key, k -> new HashMap<>()).merge(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)), Math::max);
            }
        } catch (SdkException e) {
            throw S3Failures.unavailable("internal", e);
        }
        return out;
    }
}
