package api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import testenv.Api;

/**
 * Sharing across users: B cannot read, claim or download on A's key until invited; accepting by the invitee's
 * own API key; Maintainer rights (no storage reassignment, invitations, relations, delete); the last Owner.
 */
@QuarkusTest
class SharingApiTest extends ApiTestBase {
    private final byte[] payload = "shared delta".getBytes();

    @Test
    void userBCannotReadClaimOrDownloadUntilInvitedThenCanAsMaintainer() {
        String a = newUser();
        User b = newUserWithEmail();
        UUID key = newKey(a);
        UUID delta = UUID.randomUUID();
        assertEquals(201, publishDelta(a, key, delta, 1, payload).status());
        Map<String, Object> download = Map.of("key_uuid", key.toString(), "delta_uuid", delta.toString());
        assertEquals(404, api.get("/v1/keys/" + key, b.token()).status());
        assertEquals(404, api.post("/v1/keys/" + key + "/iterations/0/claims", b.token(), Map.of("size", 1)).status());
        assertEquals(404, api.post("/v1/deltas/download_url", b.token(), download).status());
        assertEquals(0, api.get("/v1/keys", b.token()).json().get("keys").size());

        var inv = api.post("/v1/keys/" + key + "/invitations", a, Map.of("email", b.email().toUpperCase(), "role", "Maintainer"));
        assertEquals(201, inv.status(), inv.toString());
        assertEquals("pending", inv.json().get("status").asText());
        assertEquals(b.email(), inv.json().get("email").asText());
        assertEquals(404, api.get("/v1/keys/" + key, b.token()).status(), "an invitation alone grants nothing");
        var pending = api.get("/v1/invitations", b.token()).json().get("invitations");
        assertEquals(1, pending.size());
        assertEquals(key.toString(), pending.get(0).get("key_uuid").asText());
        String invitation = inv.json().get("invitation_uuid").asText();
        assertEquals(404, api.post("/v1/invitations/" + invitation + "/accept", newUser(), null).status(), "only the invitee accepts");
        var accepted = api.post("/v1/invitations/" + invitation + "/accept", b.token(), null);
        assertEquals(201, accepted.status(), accepted.toString());
        assertEquals(2, accepted.json().get("key_role_id").asInt());
        assertEquals("Maintainer", accepted.json().get("key_role_name").asText());
        assertEquals(0, api.get("/v1/invitations", b.token()).json().get("invitations").size());

        var view = api.get("/v1/keys/" + key, b.token());
        assertEquals(200, view.status());
        assertEquals("Maintainer", view.json().get("key_role_name").asText());
        assertEquals(false, view.json().get("is_billing_user").asBoolean());
        assertEquals(201, api.post("/v1/keys/" + key + "/iterations/0/claims", b.token(), Map.of("size", 1)).status());
        assertEquals(200, api.post("/v1/deltas/download_url", b.token(), download).status());
        assertEquals(200, api.patch("/v1/keys/" + key, b.token(), Map.of("key_name", "renamed by B")).status());
    }

    @Test
    void aMaintainerCannotReassignStorageInviteListRelationsOrDelete() {
        String a = newUser();
        User b = newUserWithEmail();
        UUID key = newKey(a);
        share(a, key, b, "Maintainer");
        String internal = api.get("/v1/storages", b.token()).json().get("storages").get(0).get("storage_uuid").asText();
        Api.Answer storage = api.patch("/v1/keys/" + key, b.token(), Map.of("storage_uuid", internal));
        assertEquals(403, storage.status(), storage.toString());
        assertEquals("forbidden", storage.code());
        assertEquals(403, api.post("/v1/keys/" + key + "/invitations", b.token(), Map.of("email", "x@example.test", "role", "Owner")).status());
        assertEquals(403, api.get("/v1/keys/" + key + "/relations", b.token()).status());
        assertEquals(403, api.delete("/v1/keys/" + key, b.token()).status());
        assertEquals(200, api.get("/v1/keys/" + key, a).status());
    }

    @Test
    void ownersListAndRemoveRelationsButNeverTheLastOwner() {
        String a = newUser();
        User b = newUserWithEmail();
        UUID key = newKey(a);
        share(a, key, b, "Owner");
        var relations = api.get("/v1/keys/" + key + "/relations", a).json().get("relations");
        assertEquals(2, relations.size());
        String bRelation = null;
        String aRelation = null;
        for (var r : relations) {
            if (r.get("email").asText().equals(b.email())) bRelation = r.get("user_key_relation_uuid").asText();
            else aRelation = r.get("user_key_relation_uuid").asText();
            assertEquals(1, r.get("key_role_id").asInt());
        }
        var dup = api.post("/v1/keys/" + key + "/invitations", a, Map.of("email", b.email(), "role", "Maintainer"));
        assertEquals(409, dup.status());
        assertEquals("relation_exists", dup.code());
        assertEquals(200, api.delete("/v1/keys/" + key + "/relations/" + aRelation, b.token()).status(), "B, an Owner, removes A");
        var last = api.delete("/v1/keys/" + key + "/relations/" + bRelation, b.token());
        assertEquals(409, last.status());
        assertEquals("last_owner", last.code());
        assertEquals(404, api.get("/v1/keys/" + key, a).status(), "A lost access");
        assertEquals(404, api.delete("/v1/keys/" + key + "/relations/" + UUID.randomUUID(), b.token()).status());
    }

    @Test
    void invitationRulesAreValidated() {
        String a = newUser();
        UUID key = newKey(a);
        var role = api.post("/v1/keys/" + key + "/invitations", a, Map.of("email", "x@example.test", "role", "Admin"));
        assertEquals(422, role.status());
        assertEquals("role", role.json().get("errors").get(0).get("field").asText());
        var email = api.post("/v1/keys/" + key + "/invitations", a, Map.of("email", "not-an-address", "role", "Owner"));
        assertEquals("email", email.json().get("errors").get(0).get("field").asText());
        var first = api.post("/v1/keys/" + key + "/invitations", a, Map.of("email", "later@example.test", "role", "Owner"));
        var again = api.post("/v1/keys/" + key + "/invitations", a, Map.of("email", "later@example.test", "role", "Maintainer"));
        assertEquals(first.json().get("invitation_uuid"), again.json().get("invitation_uuid"), "one pending invitation per e-mail");
        assertEquals("Maintainer", again.json().get("role").asText());
        assertTrue(again.json().get("created_at").asText().contains("T"));
    }

    private void share(String owner, UUID key, User invitee, String role) {
        var inv = api.post("/v1/keys/" + key + "/invitations", owner, Map.of("email", invitee.email(), "role", role));
        assertEquals(201, inv.status(), inv.toString());
        assertEquals(201, api.post("/v1/invitations/" + inv.json().get("invitation_uuid").asText() + "/accept", invitee.token(), null).status());
    }
}
