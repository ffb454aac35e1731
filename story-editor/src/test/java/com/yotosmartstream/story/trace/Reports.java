package com.yotosmartstream.story.trace;

import com.yotosmartstream.client.player.PlaybackStatus;
import java.time.Instant;
import java.util.Optional;

/** Player reports for tests, at whole seconds after {@link #T0}. */
final class Reports {

    static final Instant T0 = Instant.parse("2026-11-22T18:00:00Z");

    private final String deviceId;
    private final String name;

    Reports(String deviceId, String name) {
        this.deviceId = deviceId;
        this.name = name;
    }

    static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    PlayerReport loading(double t, String card, String chapter) {
        return of(t, card, chapter, PlaybackStatus.LOADING, 0.0, null);
    }

    PlayerReport playing(double t, String card, String chapter, double position, Double length) {
        return of(t, card, chapter, PlaybackStatus.PLAYING, position, length);
    }

    PlayerReport paused(double t, String card, String chapter, double position, Double length) {
        return of(t, card, chapter, PlaybackStatus.PAUSED, position, length);
    }

    PlayerReport stopped(double t, String card, String chapter, double position, Double length) {
        return of(t, card, chapter, PlaybackStatus.STOPPED, position, length);
    }

    PlayerReport gone(double t) {
        return PlayerReport.gone(deviceId, name, at(t));
    }

    PlayerReport of(double t, String card, String chapter, PlaybackStatus status, Double position, Double length) {
        return new PlayerReport(deviceId, name, Optional.ofNullable(card), Optional.ofNullable(chapter),
                Optional.of("01"), status, Optional.ofNullable(position), Optional.ofNullable(length), at(t), true);
    }
}
