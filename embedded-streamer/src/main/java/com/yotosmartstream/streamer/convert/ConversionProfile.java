package com.yotosmartstream.streamer.convert;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How tracks are converted: constant-bitrate MP3 at {@code kbps}, optionally brought to an
 * integrated loudness of {@code targetLufs}. Its {@link #key()} names cached outputs, so changing
 * the profile never serves a stale file.
 */
public record ConversionProfile(int kbps, OptionalDouble targetLufs) {

    public static final ConversionProfile DEFAULT = new ConversionProfile(128, OptionalDouble.empty());

    public ConversionProfile {
        if (kbps < 32 || kbps > 320) {
            throw new IllegalArgumentException("MP3 bitrate " + kbps + " kbps is outside 32..320");
        }
        if (targetLufs.isPresent() && (targetLufs.getAsDouble() > -5 || targetLufs.getAsDouble() < -40)) {
            throw new IllegalArgumentException("Loudness target " + targetLufs.getAsDouble() + " LUFS is outside -40..-5");
        }
    }

    public boolean normalises() {
        return targetLufs.isPresent();
    }

    /** "b128" or "b128-n160" (normalised to -16.0 LUFS). */
    public String key() {
        String base = "b" + kbps;
        return targetLufs.isPresent() ? base + "-n" + Math.round(-targetLufs.getAsDouble() * 10) : base;
    }

    @Override
    public String toString() {
        return kbps + " kbps MP3" + (targetLufs.isPresent()
                ? String.format(Locale.ROOT, ", %.1f LUFS", targetLufs.getAsDouble()) : "");
    }
}
