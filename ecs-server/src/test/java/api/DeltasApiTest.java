package api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import testenv.Api;

/** Deltas: presigned PUT with its signed headers, confirm (201, 200 again, the 412 paths), list, download. */
@QuarkusTest
class DeltasApiTest extends ApiTestBase {
    private final byte[] payload = "an encrypted Delta container".getBytes();

    private Api.Answer uploadUrl(String t, UUID key, UUID delta, int seq, byte[] body) {
        return api.post("/v1/deltas/upload_url", t, uploadRequest(key, delta, seq, body));
    }

    private Api.Answer confirm(String t, JsonNode url) {
        return api.post("/v1/deltas/confirm_upload", t, Map.of("upload_attempt_uuid", url.get("upload_attempt_uuid").asText()));
    }

    @Test
    void uploadUrlSignsSizeMd5NoOverwriteAndTheAttempt() {
        String t = newUser();
        UUID key = newKey(t);
        UUID delta = UUID.randomUUID();
        var a = uploadUrl(t, key, delta, 1, payload);
        assertEquals(201, a.status(), a.toString());
        JsonNode u = a.json();
        assertEquals("PUT", u.get("method").asText());
        assertEquals(payload.length, u.get("size").asLong());
        assertEquals(md5(payload), u.get("content_md5").asText());
        Map<String, String> h = headers(u);
        assertEquals(Map.of("Content-MD5", md5(payload), "If-None-Match", "*", "x-amz-meta-upload-attempt",
                u.get("upload_attempt_uuid").asText()), h);
        String signed = URI.create(u.get("url").asText()).getQuery();
        assertTrue(signed.contains("X-Amz-SignedHeaders=content-length;content-md5;host;if-none-match;x-amz-meta-upload-attempt"), signed);
        assertTrue(URI.create(u.get("url").asText()).getPath().endsWith("/" + key + "/" + delta), "object key {key_uuid}/{delta_uuid}");
        assertTrue(u.get("expires_at").asText().endsWith("Z"));
    }

    @Test
    void aConfirmedDeltaIsListedAndItsIterationCanBeClaimed() {
        String t = newUser();
        UUID key = newKey(t);
        UUID delta = UUID.randomUUID();
        var c = publishDelta(t, key, delta, 1, payload);
        assertEquals(201, c.status(), c.toString());
        assertEquals(1, c.json().get("seq_number").asInt());
        assertEquals(delta.toString(), c.json().get("delta_uuid").asText());
        assertEquals(C, c.json().get("start_global_position").asLong());
        assertEquals(2 * C - 1, c.json().get("end_global_position").asLong());
        assertEquals(C - 1, c.json().get("latest_claimed_global_position").asLong());
        assertEquals(payload.length, c.json().get("size").asLong());
        var list = api.get("/v1/keys/" + key + "/deltas", t);
        assertEquals(key.toString(), list.json().get("key_uuid").asText());
        assertEquals(c.json(), list.json().get("deltas").get(0));
        assertEquals(1, api.get("/v1/keys/" + key, t).json().get("latest_delta_seq").asInt());
        var claim = api.post("/v1/keys/" + key + "/iterations/1/claims", t, Map.of("size", 5));
        assertEquals(C, claim.json().get("start_global_position").asLong());
        assertEquals(delta.toString(), api.get("/v1/keys/" + key + "/iterations/1", t).json().get("iteration_uuid").asText());
    }

    @Test
    void confirmingAgainAnswers200WithTheSameDelta() {
        String t = newUser();
        UUID key = newKey(t);
        var url = uploadUrl(t, key, UUID.randomUUID(), 1, payload).json();
        assertEquals(200, Api.presigned("PUT", url.get("url").asText(), headers(url), payload).statusCode());
        var first = confirm(t, url);
        assertEquals(201, first.status());
        var again = confirm(t, url);
        assertEquals(200, again.status(), again.toString());
        assertEquals(first.json(), again.json());
    }

    @Test
    void after412TheConfirmOfASecondAttemptAcceptsTheObjectOfTheFirst() {
        String t = newUser();
        UUID key = newKey(t);
        UUID delta = UUID.randomUUID();
        var first = uploadUrl(t, key, delta, 1, payload).json();
        assertEquals(200, Api.presigned("PUT", first.get("url").asText(), headers(first), payload).statusCode());
        // The answer of the first PUT was lost: the client asks again and its PUT finds the object.
        var second = uploadUrl(t, key, delta, 1, payload).json();
        var put = Api.presigned("PUT", second.get("url").asText(), headers(second), payload);
        assertEquals(412, put.statusCode(), "If-None-Match: * keeps the first object");
        var c = confirm(t, second);
        assertEquals(201, c.status(), c.toString());
        assertEquals(200, confirm(t, first).status());
    }

    @Test
    void theFirstConfirmOfASequenceWinsAndTheSecondIs409() {
        String t = newUser();
        UUID key = newKey(t);
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        var ux = uploadUrl(t, key, x, 1, payload).json();
        var uy = uploadUrl(t, key, y, 1, payload).json();
        Api.presigned("PUT", ux.get("url").asText(), headers(ux), payload);
        Api.presigned("PUT", uy.get("url").asText(), headers(uy), payload);
        assertEquals(201, confirm(t, ux).status());
        var lost = confirm(t, uy);
        assertEquals(409, lost.status(), lost.toString());
        assertEquals("delta_sequence_taken", lost.code());
        assertEquals(x.toString(), lost.json().get("existing_delta_uuid").asText());
        var taken = uploadUrl(t, key, UUID.randomUUID(), 1, payload);
        assertEquals("delta_sequence_taken", taken.code());
        var ahead = uploadUrl(t, key, UUID.randomUUID(), 3, payload);
        assertEquals(409, ahead.status());
        assertEquals("delta_out_of_sequence", ahead.code());
        assertEquals(2, ahead.json().get("expected_seq_number").asInt());
    }

    @Test
    void confirmWithoutAnObjectIs412() {
        String t = newUser();
        UUID key = newKey(t);
        var url = uploadUrl(t, key, UUID.randomUUID(), 1, payload).json();
        var c = confirm(t, url);
        assertEquals(412, c.status(), c.toString());
        assertEquals("upload_not_confirmed", c.code());
    }

    @Test
    void aTamperedPayloadIsRefusedByTheStorageAndTheConfirmIs412() {
        String t = newUser();
        UUID key = newKey(t);
        var url = uploadUrl(t, key, UUID.randomUUID(), 1, payload).json();
        byte[] tampered = payload.clone();
        tampered[0] ^= 1;
        var put = Api.presigned("PUT", url.get("url").asText(), headers(url), tampered);
        assertEquals(400, put.statusCode(), "wrong MD5: BadDigest");
        assertEquals(412, confirm(t, url).status());
        Map<String, String> noMetadata = new HashMap<>(headers(url));
        noMetadata.remove("x-amz-meta-upload-attempt");
        assertEquals(403, Api.presigned("PUT", url.get("url").asText(), noMetadata, payload).statusCode(),
                "the attempt id is signed: leaving it out breaks the signature");
    }

    @Test
    void oversizeUploadsAreRefusedBeforeAndAtTheStorage() {
        String t = newUser();
        UUID key = newKey(t);
        Map<String, Object> big = new HashMap<>(uploadRequest(key, UUID.randomUUID(), 1, payload));
        big.put("size", 10 * 1024 * 1024 + 1);
        var a = api.post("/v1/deltas/upload_url", t, big);
        assertEquals(422, a.status(), a.toString());
        assertEquals("delta_too_large", a.code());
        assertEquals(10485760, a.json().get("max_size").asLong());
        var url = uploadUrl(t, key, UUID.randomUUID(), 1, payload).json();
        byte[] longer = new byte[payload.length + 100];
        var put = Api.presigned("PUT", url.get("url").asText(), Map.of("If-None-Match", "*", "Content-MD5", md5(longer),
                "x-amz-meta-upload-attempt", url.get("upload_attempt_uuid").asText()), longer);
        assertTrue(put.statusCode() >= 400, "a body longer than the signed Content-Length is refused: " + put.statusCode());
        assertEquals(412, confirm(t, url).status());
        var badMd5 = api.post("/v1/deltas/upload_url", t, Map.of("key_uuid", key.toString(), "delta_uuid", UUID.randomUUID().toString(),
                "seq_number", 1, "size", 3, "content_md5", "abc"));
        assertEquals(422, badMd5.status());
        assertEquals("content_md5", badMd5.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void downloadUrlReadsThePayloadBack() {
        String t = newUser();
        UUID key = newKey(t);
        UUID delta = UUID.randomUUID();
        assertEquals(201, publishDelta(t, key, delta, 1, payload).status());
        var d = api.post("/v1/deltas/download_url", t, Map.of("key_uuid", key.toString(), "delta_uuid", delta.toString()));
        assertEquals(200, d.status(), d.toString());
        assertEquals("GET", d.json().get("method").asText());
        assertEquals(payload.length, d.json().get("size").asLong());
        assertEquals(md5(payload), d.json().get("content_md5").asText());
        var get = Api.presigned("GET", d.json().get("url").asText(), Map.of(), null);
        assertEquals(200, get.statusCode());
        assertArrayEquals(payload, get.body());
        var unknown = api.post("/v1/deltas/download_url", t, Map.of("key_uuid", key.toString(), "delta_uuid", UUID.randomUUID().toString()));
        assertEquals(404, unknown.status());
        assertEquals(422, api.post("/v1/deltas/download_url", t, Map.of("key_uuid", key.toString())).status());
    }
}
