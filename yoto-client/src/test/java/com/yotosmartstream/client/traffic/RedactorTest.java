package com.yotosmartstream.client.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    private TrafficLine in(String topic, String payload) {
        return redactor.redact(TrafficLine.mqtt(1, null, TrafficLine.Direction.IN, topic,
                payload.getBytes(StandardCharsets.UTF_8), "recorded: test"));
    }

    private TrafficLine rest(String method, String path, Integer status, String body) {
        return redactor.redact(TrafficLine.rest(1, null, TrafficLine.Direction.IN, method, path, status,
                body == null ? null : JsonParser.parseString(body), "recorded: test"));
    }

    /** All of a line as text (its topic or path and its payload, unescaped). */
    private static String written(TrafficLine line) {
        return line.topic() + " " + line.path() + " " + line.payload();
    }

    @Test
    void deviceIdsBecomeNumberedAliasesTheSameInTopicsPathsAndPayloads() {
        TrafficLine first = in("device/y23IBS76kCaOSrGlz29XhIFO/data/events", "{\"volume\":6}");
        TrafficLine second = in("device/bX9c2kQ7pLm4/events", "{\"volume\":6}");
        TrafficLine again = rest("GET", "/device-v2/y23IBS76kCaOSrGlz29XhIFO/config", 200,
                "{\"device\":{\"deviceId\":\"y23IBS76kCaOSrGlz29XhIFO\",\"config\":{}}}");
        TrafficLine list = rest("GET", "/device-v2/devices/mine", 200,
                "{\"devices\":[{\"deviceId\":\"bX9c2kQ7pLm4\"},{\"deviceId\":\"zzz-new-player\"}]}");

        assertThat(first.topic()).isEqualTo("device/DEVICE_1/data/events");
        assertThat(second.topic()).isEqualTo("device/DEVICE_2/events");
        assertThat(again.path()).isEqualTo("/device-v2/DEVICE_1/config");
        assertThat(again.payload().getAsJsonObject().getAsJsonObject("device").get("deviceId").getAsString())
                .isEqualTo("DEVICE_1");
        assertThat(list.path()).as("the list's own path names no device").isEqualTo("/device-v2/devices/mine");
        assertThat(written(list)).contains("DEVICE_2", "DEVICE_3").doesNotContain("bX9c2kQ7pLm4", "zzz-new-player");
    }

    @Test
    void aPlayersNameAndDescriptionAreReplacedBesideItsId() {
        TrafficLine list = rest("GET", "/device-v2/devices/mine", 200,
                "{\"devices\":[{\"deviceId\":\"abcdef123\",\"name\":\"Emma's room\",\"description\":\"Emma's\","
                        + "\"deviceFamily\":\"mini\"}]}");

        JsonObject device = list.payload().getAsJsonObject().getAsJsonArray("devices").get(0).getAsJsonObject();
        assertThat(device.get("name").getAsString()).isEqualTo("Player 1");
        assertThat(device.get("description").getAsString()).isEqualTo("Player 1");
        assertThat(device.get("deviceFamily").getAsString()).isEqualTo("mini");
    }

    @Test
    void theLegacyStatusLosesItsSsidSdCardAndMacButKeepsWhatTheClientReads() {
        // fields as in the Mini's legacy status (bcomnes/yoto-nodejs-client collected-data/on-event.txt)
        TrafficLine line = in("device/abcdef123/status", "{\"status\":{\"statusVersion\":3,\"shutDown\":\"nA\","
                + "\"ssid\":\"Smith Family WiFi\",\"sd_info\":\"0xad, 0x4c53(LS), USD00, 16, 1100876108, 04-2023\","
                + "\"volume\":55,\"userVolume\":50,\"batteryLevel\":100,\"wifiStrength\":-36}}");

        JsonObject status = line.payload().getAsJsonObject().getAsJsonObject("status");
        assertThat(status.get("ssid").getAsString()).isEqualTo("SSID");
        assertThat(status.get("sd_info").getAsString()).isEqualTo("SERIAL");
        assertThat(status.get("volume").getAsInt()).isEqualTo(55);
        assertThat(status.get("shutDown").getAsString()).isEqualTo("nA");
        assertThat(written(line)).doesNotContain("Smith Family", "1100876108");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        ssid,            SSID
        SSID,            SSID
        networkSsid,     SSID
        wifi_ssid,       SSID
        mac,             MAC
        MAC,             MAC
        macAddress,      MAC
        bluetoothMac,    MAC
        serialNumber,    SERIAL
        serial_number,   SERIAL
        SD_INFO,         SERIAL
        registrationCode, CODE
        popCode,         CODE
        activationPopCode, CODE
        email,           EMAIL
        creatorEmail,    EMAIL
        E-Mail,          EMAIL
        access_token,    SECRET
        refreshToken,    SECRET
        id_token,        SECRET
        Authorization,   SECRET
        client_secret,   SECRET
        password,        SECRET
        shareLinkUrl,    SECRET
        linkUrl,         SECRET
        clientId,        SECRET
        ipAddress,       ADDRESS
        """)
    void privateFieldsAreFoundByNameWhateverTheirCase(String key, String placeholder) {
        JsonObject body = new JsonObject();
        body.addProperty(key, "private-value-42");
        body.addProperty("title", "kept");

        TrafficLine line = rest("GET", "/x", 200, body.toString());

        assertThat(line.payload().getAsJsonObject().get(key).getAsString()).isEqualTo(placeholder);
        assertThat(line.payload().getAsJsonObject().get("title").getAsString()).isEqualTo("kept");
    }

    @Test
    void userIdsAreMappedConsistentlyAndFoundInsideText() {
        TrafficLine icon = rest("POST", "/media/displayIcons/user/me/upload?autoConvert=true", 200,
                "{\"displayIcon\":{\"mediaId\":\"m1\",\"userId\":\"auth0|5f1a2b3c4d\",\"url\":\"https://x/y.png\"}}");
        TrafficLine card = rest("GET", "/content/mine", 200,
                "{\"cards\":[{\"cardId\":\"abc12\",\"userId\":\"auth0|5f1a2b3c4d\",\"note\":\"made by auth0|5f1a2b3c4d\","
                        + "\"other\":\"google-oauth2|1234567890\"}]}");

        assertThat(icon.payload().getAsJsonObject().getAsJsonObject("displayIcon").get("userId").getAsString())
                .isEqualTo("USER_1");
        JsonObject first = card.payload().getAsJsonObject().getAsJsonArray("cards").get(0).getAsJsonObject();
        assertThat(first.get("userId").getAsString()).isEqualTo("USER_1");
        assertThat(first.get("note").getAsString()).isEqualTo("made by USER_1");
        assertThat(first.get("other").getAsString()).isEqualTo("USER_2");
        assertThat(first.get("cardId").getAsString()).as("card ids are not private").isEqualTo("abc12");
    }

    @Test
    void jwtsBearerTokensAndEmailsAreReplacedInAnyText() {
        String jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhdXRoMHwxMjMifQ.c2lnbmF0dXJlLXBhcnQ";
        TrafficLine line = in("device/abcdef123/response", "{\"note\":\"token " + jwt + " for parent@example.co.uk\","
                + "\"header\":\"Bearer abcdefghijklmnop\",\"list\":[\"" + jwt + "\"]}");

        String text = written(line);
        assertThat(text).doesNotContain(jwt, "eyJ", "parent@example", "abcdefghijklmnop")
                .contains("token JWT for EMAIL", "Bearer SECRET");
    }

    @Test
    void macAddressesAreReplacedInsideText() {
        TrafficLine line = in("device/abcdef123/status", "{\"status\":{\"info\":\"bt a4:cf:12:9B:00:7e up\"}}");

        assertThat(line.payload().getAsJsonObject().getAsJsonObject("status").get("info").getAsString())
                .isEqualTo("bt MAC up");
    }

    @Test
    void theReqBodyEchoIsRedactedAsTheJsonItHolds() {
        in("device/abcdef123/data/events", "{}");
        String echo = "{\\\"requestId\\\":\\\"r-17\\\",\\\"deviceId\\\":\\\"abcdef123\\\",\\\"email\\\":\\\"a@b.org\\\"}";
        TrafficLine reply = in("device/abcdef123/response",
                "{\"status\":{\"card-play\":\"OK\",\"req_body\":\"" + echo + "\"}}");

        String body = reply.payload().getAsJsonObject().getAsJsonObject("status").get("req_body").getAsString();
        JsonObject inner = JsonParser.parseString(body).getAsJsonObject();
        assertThat(inner.get("requestId").getAsString()).isEqualTo("r-17");
        assertThat(inner.get("deviceId").getAsString()).isEqualTo("DEVICE_1");
        assertThat(inner.get("email").getAsString()).isEqualTo("EMAIL");
    }

    @Test
    void anEchoWithNothingPrivateKeepsItsExactText() {
        TrafficLine captured = in("device/abcdef123/response",
                "{\"status\":{\"events\":\"OK\",\"req_body\":\"interactive-1766520307411\"}}");
        TrafficLine spaced = in("device/abcdef123/response",
                "{\"status\":{\"set-volume\":\"OK\",\"req_body\":\"{ \\\"volume\\\": 50 }\"}}");

        assertThat(captured.payload().getAsJsonObject().getAsJsonObject("status").get("req_body").getAsString())
                .isEqualTo("interactive-1766520307411");
        assertThat(spaced.payload().getAsJsonObject().getAsJsonObject("status").get("req_body").getAsString())
                .as("replay compares the echo with what was sent").isEqualTo("{ \"volume\": 50 }");
    }

    @Test
    void aValueSeenUnderAPrivateFieldIsReplacedWhereverItAppearsLater() {
        in("device/abcdef123/status", "{\"status\":{\"ssid\":\"Smith Family WiFi\"}}");
        TrafficLine later = in("device/abcdef123/events", "{\"note\":\"joined Smith Family WiFi\"}");

        assertThat(later.payload().getAsJsonObject().get("note").getAsString()).isEqualTo("joined SSID");
    }

    @Test
    void streamLinksLoseTheirTokenAndHostAndSignedLinksTheirSignature() {
        TrafficLine card = rest("POST", "/content", null, "{\"content\":{\"chapters\":[{\"tracks\":[{\"trackUrl\":"
                + "\"https://stories.smith.example:8443/stream/Zk3uQ0aBcDeF9xY/42.mp3\"}]}]},"
                + "\"metadata\":{\"cover\":{\"imageL\":\"https://media.yoto.example/c.png?Expires=1&Signature=s1g"
                + "&Key-Pair-Id=K2\"}},\"upload\":\"https://s3.example/u?X-Amz-Credential=AK&X-Amz-Signature=ff"
                + "&X-Amz-Security-Token=tt&x=1\"}");

        String text = written(card);
        assertThat(text).doesNotContain("Zk3uQ0aBcDeF9xY", "stories.smith", "s1g", "K2", "=AK", "=ff", "=tt")
                .contains("https://STREAM_HOST/stream/SECRET/42.mp3", "Expires=1", "x=1");
    }

    @Test
    void aQueryInAPathLosesItsSecretsButKeepsTheRest() {
        TrafficLine line = rest("GET", "/media/transcode/audio/uploadUrl?sha256=ab12&filename=a.mp3&token=xyz", 200,
                "{}");

        assertThat(line.path()).isEqualTo("/media/transcode/audio/uploadUrl?sha256=ab12&filename=a.mp3&token=SECRET");
    }

    @Test
    void aPrivateFieldHoldingAnObjectIsReplacedWhole() {
        TrafficLine line = rest("GET", "/x", 200, "{\"credentials\":{\"a\":\"one\",\"b\":[\"two\"]},\"n\":1}");

        assertThat(line.payload().getAsJsonObject().get("credentials").getAsString()).isEqualTo("SECRET");
        assertThat(written(line)).doesNotContain("one", "two");
    }

    @Test
    void textPayloadsAndNumbersAreHandledAndNothingElseChanges() {
        TrafficLine empty = in("device/abcdef123/command/card/stop", "");
        TrafficLine text = in("device/abcdef123/command/events/request", "interactive-1766520307411");
        // the Mini's data/events (bcomnes/yoto-nodejs-client collected-data/on-event.txt)
        String events = "{\"repeatAll\":false,\"volume\":8,\"volumeMax\":13,\"cardId\":\"none\","
                + "\"playbackStatus\":\"stopped\",\"streaming\":false,\"eventUtc\":1766515352}";
        TrafficLine event = in("device/abcdef123/data/events", events);

        assertThat(empty.payloadBytes()).isEmpty();
        assertThat(new String(text.payloadBytes(), StandardCharsets.UTF_8)).isEqualTo("interactive-1766520307411");
        JsonElement expected = JsonParser.parseString(events);
        assertThat(event.payload()).isEqualTo(expected);
    }

    @Test
    void shortIdsAreReplacedOnlyWhereTheyAreTheWholeText() {
        TrafficLine line = rest("GET", "/device-v2/p1/config", 200,
                "{\"device\":{\"deviceId\":\"p1\",\"config\":{\"note\":\"p1\",\"clockFace\":\"p1-digital\"}}}");

        JsonObject config = line.payload().getAsJsonObject().getAsJsonObject("device").getAsJsonObject("config");
        assertThat(line.path()).isEqualTo("/device-v2/DEVICE_1/config");
        assertThat(config.get("note").getAsString()).isEqualTo("DEVICE_1");
        assertThat(config.get("clockFace").getAsString()).isEqualTo("p1-digital");
    }

    @Test
    void whatTheClientAndAReplayNeedIsKept() {
        // a card's keys and ids, an error's code, a track's uid: none of them private
        String body = "{\"card\":{\"cardId\":\"5Ah7P\",\"title\":\"The lost dragon\",\"content\":{"
                + "\"editSettings\":{\"transcodeAudioUploads\":true,\"editKeys\":false},\"chapters\":[{\"key\":\"01\","
                + "\"tracks\":[{\"key\":\"01\",\"uid\":\"trk-99812\",\"trackUrl\":\"yoto:#aabbccddeeff\","
                + "\"events\":{\"onLhb\":{\"cmd\":\"goto\",\"params\":{\"chapterKey\":\"02\",\"trackKey\":\"01\"}}}}]}]}},"
                + "\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No such card\"}}";

        TrafficLine line = rest("GET", "/content/5Ah7P", 200, body);

        assertThat(line.payload()).isEqualTo(JsonParser.parseString(body));
        assertThat(line.path()).isEqualTo("/content/5Ah7P");
    }

    @Test
    void aShortOrNumericPrivateValueIsReplacedInItsFieldOnlyNotWhereverItAppears() {
        TrafficLine status = in("device/abcdef123/status", "{\"status\":{\"ssid\":\"n/a\",\"mac\":0}}");
        TrafficLine later = in("device/abcdef123/status", "{\"status\":{\"nfcErrs\":\"n/a\",\"bluetoothEnabled\":\"0\"}}");

        assertThat(status.payload().getAsJsonObject().getAsJsonObject("status").get("ssid").getAsString())
                .isEqualTo("SSID");
        assertThat(status.payload().getAsJsonObject().getAsJsonObject("status").get("mac").getAsString())
                .isEqualTo("MAC");
        assertThat(later.payload().getAsJsonObject().getAsJsonObject("status").get("nfcErrs").getAsString())
                .isEqualTo("n/a");
        assertThat(later.payload().getAsJsonObject().getAsJsonObject("status").get("bluetoothEnabled").getAsString())
                .isEqualTo("0");
    }
}
