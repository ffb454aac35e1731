package com.yotosmartstream.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

/** What each model has, from its deviceFamily as yoto_api capabilities.py and const.py say. */
class PlayerCapabilitiesTest {

    private static PlayerInfo player(String family) {
        JsonObject json = new JsonObject();
        json.addProperty("deviceId", "p1");
        json.addProperty("deviceFamily", family);
        return new PlayerInfo(json);
    }

    @Test
    void aMiniHasNoNightLightAndNoLightSensor() {
        PlayerCapabilities mini = player("mini").capabilities();

        assertThat(mini.ambientLight()).isFalse();
        assertThat(mini.lightSensor()).isFalse();
        assertThat(mini.nightLightPresets()).isEmpty();
    }

    @Test
    void aThirdGenPlayerHasTheLightSensorAndItsOwnPresetHexes() {
        PlayerCapabilities v3 = player("v3").capabilities();

        assertThat(v3.ambientLight()).isTrue();
        assertThat(v3.lightSensor()).isTrue();
        assertThat(v3.nightLightPresets()).containsEntry("Lilac", "#f57399").containsEntry("Off", "#0");
    }

    @Test
    void olderPlayersAndUnknownFamiliesGetTheLegacyPresets() {
        assertThat(player("v2").capabilities().nightLightPresets()).containsEntry("Lilac", "#f72a69");
        assertThat(player("v2").capabilities().lightSensor()).isFalse();
        assertThat(player("v9").capabilities().ambientLight()).as("falls back to v2, as yoto_api does").isTrue();
    }
}
