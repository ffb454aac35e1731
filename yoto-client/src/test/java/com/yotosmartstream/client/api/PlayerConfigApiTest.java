package com.yotosmartstream.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.yotosmartstream.client.http.HttpResult;
import com.yotosmartstream.client.model.PlayerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayerConfigApiTest {

    @TempDir
    Path temp;

    private ApiFixture fixture;
    private YotoApi api;

    @BeforeEach
    void signIn() throws Exception {
        fixture = new ApiFixture(temp);
        api = fixture.api;
        fixture.account.addPlayer("y1abc", "Bedroom", "v3");
        JsonObject config = fixture.account.config("y1abc").orElseThrow();
        config.addProperty("futureSetting", "kept");
        fixture.account.replaceConfig("y1abc", config);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aPlayersSettingsReadAsText() throws Exception {
        PlayerConfig config = api.config("y1abc");

        assertThat(config.maxVolumeLimit()).contains("16");
        assertThat(config.nightMaxVolumeLimit()).contains("8");
        assertThat(config.dayTime()).contains("07:00");
        assertThat(config.nightTime()).contains("19:30");
        assertThat(config.ambientColour()).contains("#40bfd9");
        assertThat(config.nightAmbientColour()).contains("#f57399");
        assertThat(config.clockFace()).contains("digital-sun");
        assertThat(config.dayDisplayBrightness()).contains("auto");
        assertThat(config.nightDisplayBrightness()).contains("80");
        assertThat(config.get("repeatAll")).as("a boolean reads as text").contains("false");
        assertThat(config.toJson()).isEqualTo(fixture.account.config("y1abc").orElseThrow());
    }

    @Test
    void anUpdateChangesOnlyTheGivenKeysAndKeepsEveryOtherOne() throws Exception {
        JsonObject before = fixture.account.config("y1abc").orElseThrow();
        int writes = fixture.account.configWrites("y1abc");

        PlayerConfig written = api.updateConfig("y1abc", config -> config.withMaxVolumeLimit("10")
                .withNightAmbientColour("#000000"));

        JsonObject stored = fixture.account.config("y1abc").orElseThrow();
        JsonObject expected = before.deepCopy();
        expected.addProperty("maxVolumeLimit", "10");
        expected.addProperty("nightAmbientColour", "#000000");
        assertThat(stored).isEqualTo(expected);
        assertThat(stored.get("futureSetting").getAsString()).as("a key this app does not know").isEqualTo("kept");
        assertThat(stored.get("repeatAll").getAsBoolean()).as("a key left as Yoto typed it").isFalse();
        assertThat(written.toJson()).isEqualTo(stored);
        assertThat(fixture.account.configWrites("y1abc")).as("one whole-block PUT").isEqualTo(writes + 1);
        assertThat(stored.keySet()).as("keys stay in their order").containsExactlyElementsOf(before.keySet());
    }

    @Test
    void theDisplayBrightnessIsWrittenUnderYotosDayAndNightKeysAndNoInventedKeyAppears() throws Exception {
        JsonObject before = fixture.account.config("y1abc").orElseThrow();

        api.updateConfig("y1abc", config -> config.withDayDisplayBrightness("60")
                .withNightDisplayBrightness(PlayerConfig.AUTO));

        JsonObject stored = fixture.account.config("y1abc").orElseThrow();
        assertThat(stored.get("dayDisplayBrightness").getAsString()).isEqualTo("60");
        assertThat(stored.get("nightDisplayBrightness").getAsString()).isEqualTo("auto");
        assertThat(stored.has("displayBrightness")).as("no such key in yoto_api's KNOWN_CONFIG_KEYS").isFalse();
        assertThat(stored.keySet()).containsExactlyElementsOf(before.keySet());
    }

    @Test
    void anUpdateByMapCanAlsoRemoveAKey() throws Exception {
        Map<String, String> changes = new HashMap<>();
        changes.put(PlayerConfig.CLOCK_FACE, "analogue");
        changes.put("futureSetting", null);

        api.updateConfig("y1abc", changes);

        PlayerConfig stored = api.config("y1abc");
        assertThat(stored.clockFace()).contains("analogue");
        assertThat(stored.get("futureSetting")).isEmpty();
        assertThat(stored.maxVolumeLimit()).contains("16");
    }

    @Test
    void aPutOfAPartialBlockLosesEveryOtherKeyWhichIsWhyTheClientMerges() throws Exception {
        String body = "{\"deviceId\":\"y1abc\",\"config\":{\"maxVolumeLimit\":\"10\"}}";
        HttpResult naive = fixture.http.send("PUT", fixture.config.api("/device-v2/y1abc/config"),
                fixture.tokens.accessToken(), body.getBytes(StandardCharsets.UTF_8), "application/json", true);

        assertThat(naive.status()).isEqualTo(200);
        PlayerConfig after = api.config("y1abc");
        assertThat(after.toJson()).isEqualTo(JsonParser.parseString("{\"maxVolumeLimit\":\"10\"}"));
        assertThat(after.dayTime()).isEmpty();
        assertThat(after.get("futureSetting")).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() throws Exception {
        JsonObject before = fixture.account.config("y1abc").orElseThrow();
        int writes = fixture.account.configWrites("y1abc");

        PlayerConfig result = api.updateConfig("y1abc", Map.of(PlayerConfig.MAX_VOLUME_LIMIT, "16"));

        assertThat(result.toJson()).isEqualTo(before);
        assertThat(fixture.account.configWrites("y1abc")).isEqualTo(writes);
    }

    @Test
    void theSettingsOfAnUnknownPlayerAreReportedAsMissing() {
        assertThatThrownBy(() -> api.config("nope")).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isEqualTo(404)).hasMessageContaining("the settings of player nope");
    }

    @Test
    void aStatusRequestReachesThePlayer() throws Exception {
        api.requestStatus("y1abc");
        api.requestStatus("y1abc");

        assertThat(fixture.account.statusRequests("y1abc")).isEqualTo(2);
        assertThat(fixture.waits).as("no retries were needed").isEmpty();
    }

    @Test
    void aStatusRequestIsNotRetriedBlindly() {
        fixture.cloud.failNextApiCalls(502, 1, null);

        assertThatThrownBy(() -> api.requestStatus("y1abc")).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isEqualTo(502));
        assertThat(fixture.account.statusRequests("y1abc")).isZero();
        assertThat(fixture.waits).isEmpty();
    }

    @Test
    void anUnreachableCloudSaysToCheckTheConnection() {
        fixture.cloud.close();

        assertThatThrownBy(() -> api.config("y1abc")).isInstanceOfSatisfying(YotoApiException.class,
                e -> assertThat(e.status()).isZero()).hasMessageContaining("Check the internet connection");
    }

    @Test
    void aRenameSendsTheNameBesideTheUnchangedBlock() throws Exception {
        JsonObject before = fixture.account.config("y1abc").orElseThrow();

        api.rename("y1abc", "  Ada's room ");

        assertThat(api.players()).extracting(p -> p.name()).containsExactly("Ada's room");
        assertThat(fixture.account.config("y1abc").orElseThrow()).as("the block goes back as it was").isEqualTo(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> api.rename("y1abc", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
