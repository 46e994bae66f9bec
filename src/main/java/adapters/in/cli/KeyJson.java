package adapters.in.cli;

import application.port.in.KeySummary;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.key.SizeFormat;
import java.math.BigInteger;

/** The {@code keys[]} / {@code key_summary} JSON object of the reference. */
final class KeyJson {
    private KeyJson() { }

    static ObjectNode summary(KeySummary k) {
        ObjectNode o = Json.object();
        o.put("key_name_local", k.keyNameLocal());
        o.put("key_name_ecs", k.keyNameEcs());
        o.put("key_uuid", k.keyUuid().toString());
        o.set("alpha_key_size_on_disk", size(BigInteger.valueOf(k.alphaKeySizeOnDisk()), false));
        o.set("alpha_capacity_left", left(BigInteger.valueOf(k.alphaRemaining()), BigInteger.valueOf(k.iterationCapacity())));
        o.put("minimum_number_of_deltas", k.minimumNumberOfDeltas());
        if (k.totalRemaining() == null) o.putNull("total_key_encryption_capacity_left");
        else o.set("total_key_encryption_capacity_left", left(k.totalRemaining(), k.totalCapacity()));
        o.set("maximum_file_size_for_encryption", size(BigInteger.valueOf(k.maximumFileSize()), true));
        if (k.deltasKeysSizeOnDisk() == null) o.putNull("deltas_keys_size_on_disk");
        else o.set("deltas_keys_size_on_disk", size(BigInteger.valueOf(k.deltasKeysSizeOnDisk()), false));
        o.put("latest_delta_uuid", k.latestDeltaUuid() == null ? null : k.latestDeltaUuid().toString());
        if (k.latestDeltaSequence() == null) o.putNull("latest_delta_sequence"); else o.put("latest_delta_sequence", k.latestDeltaSequence());
        if (k.latestDeltaRemaining() == null) o.putNull("latest_delta_capacity_left");
        else o.set("latest_delta_capacity_left", left(BigInteger.valueOf(k.latestDeltaRemaining()), BigInteger.valueOf(k.iterationCapacity())));
        o.put("external_claims_storage_name", k.ecsName());
        o.put("external_claims_storage_uuid", k.ecsUuid() == null ? null : k.ecsUuid().toString());
        o.put("external_claims_storage_status", k.ecsStatus());
        return o;
    }

    /** view-key's {@code ecs_key_data}: every field null when the ECS could not be read ({@code e} null). */
    static ObjectNode ecsKeyData(application.port.out.EcsKeyInfo e) {
        ObjectNode o = Json.object();
        o.put("key_uuid", e == null ? null : e.keyUuid().toString());
        o.put("key_name", e == null ? null : e.keyName());
        o.put("storage_uuid", e == null || e.storageUuid() == null ? null : e.storageUuid().toString());
        o.put("storage_name", e == null ? null : e.storageName());
        o.put("storage_is_internal", e == null ? null : e.storageIsInternal());
        o.put("omegasafe_version", e == null ? null : e.omegasafeVersion());
        o.put("alpha_global_position_capacity", e == null ? null : e.alphaCapacity());
        o.put("alpha_latest_claimed_global_position", e == null ? null : e.alphaLatestClaimed());
        o.put("key_role_id", e == null ? null : e.keyRoleId());
        o.put("key_role_name", e == null ? null : e.keyRoleName());
        o.put("user_key_relation_uuid", e == null || e.userKeyRelationUuid() == null ? null : e.userKeyRelationUuid().toString());
        o.put("billing_user_uuid", e == null || e.billingUserUuid() == null ? null : e.billingUserUuid().toString());
        o.put("billing_user_email", e == null ? null : e.billingUserEmail());
        o.put("billing_exp_ts", e == null ? null : e.billingExpTs());
        o.put("billing_exp_datetime", e == null ? null : e.billingExpDatetime());
        o.put("billing_expired", e == null ? null : e.billingExpired());
        o.put("is_billing_user", e == null ? null : e.isBillingUser());
        return o;
    }

    static ObjectNode size(BigInteger bytes, boolean withBytes) {
        ObjectNode o = Json.object();
        o.put("bytes", bytes);
        o.put("display", withBytes ? SizeFormat.withBytes(bytes) : SizeFormat.decimal(bytes));
        return o;
    }

    static ObjectNode left(BigInteger remaining, BigInteger total) {
        ObjectNode o = Json.object();
        o.put("remaining_bytes", remaining);
        o.put("total_bytes", total);
        // the same figure as the display's: rounded down, so capacity left is never overstated (reference: 68.3 for 68.36 %)
        o.put("percent_remaining", SizeFormat.percent(remaining, total));
        o.put("display", SizeFormat.capacityLeft(remaining, total));
        return o;
    }
}
