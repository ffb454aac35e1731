package com.yotosmartstream.app.dashboard;

import com.yotosmartstream.core.storage.Setting;

/** Something about a player worth a notification. */
public record PlayerAlert(Kind kind, String deviceId, String title, String text) {

    /** The kinds, each with the setting that switches its notifications on or off. */
    public enum Kind {
        LOW_BATTERY("notify.lowBattery", "Low battery"),
        OFFLINE("notify.offline", "A player goes offline"),
        SLEEP_TIMER_ENDED("notify.sleepTimerEnded", "A sleep timer ends");

        private final Setting<Boolean> setting;
        private final String label;

        Kind(String key, String label) {
            this.setting = Setting.ofBoolean(key, true);
            this.label = label;
        }

        public Setting<Boolean> setting() {
            return setting;
        }

        public String label() {
            return label;
        }
    }
}
