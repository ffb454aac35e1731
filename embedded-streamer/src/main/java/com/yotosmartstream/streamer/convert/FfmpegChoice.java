package com.yotosmartstream.streamer.convert;

/** Which ffmpeg the library uses (Settings; ADR 0072). */
public enum FfmpegChoice {
    /** A system ffmpeg on the PATH when there is one, else the one inside the app. */
    AUTOMATIC("Automatic: a system ffmpeg if one is installed, else the one inside the app"),
    /** Always the one inside the app, even when a system one is installed. */
    BUNDLED("The ffmpeg inside the app"),
    /** Only a system ffmpeg on the PATH; none when it is not installed. */
    SYSTEM("The system's ffmpeg (on the PATH)");

    private final String label;

    FfmpegChoice(String label) {
        this.label = label;
    }

    /** What Settings shows. */
    public String label() {
        return label;
    }
}
