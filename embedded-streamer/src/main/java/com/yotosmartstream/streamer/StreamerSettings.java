package com.yotosmartstream.streamer;

import com.yotosmartstream.core.storage.Setting;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.streamer.convert.ConversionProfile;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import java.util.OptionalDouble;

/** The settings of the library and the streaming server. */
public final class StreamerSettings {

    /** How the server speaks TLS. */
    public enum TlsMode {
        NONE, PKCS12, PEM
    }

    /** The server's port; 0 until the first start picks a free one, which is then kept. */
    public static final Setting<Integer> PORT = Setting.ofInt("streamer.port", 0, 0, 65_535);
    /** The address to listen on: every interface (the LAN) by default. */
    public static final Setting<String> BIND_ADDRESS = Setting.ofString("streamer.bindAddress", "0.0.0.0");
    /** A URL in front of this server (a tunnel or reverse proxy), empty to use this computer's LAN address. */
    public static final Setting<String> PUBLIC_BASE_URL = Setting.ofString("streamer.publicBaseUrl", "");
    public static final Setting<TlsMode> TLS = Setting.ofEnum("streamer.tls", TlsMode.class, TlsMode.NONE);
    /** The PKCS12 file, or the PEM certificate chain. */
    public static final Setting<String> TLS_FILE = Setting.ofString("streamer.tlsFile", "");
    /** The PEM private key. */
    public static final Setting<String> TLS_KEY_FILE = Setting.ofString("streamer.tlsKeyFile", "");
    /** The PKCS12 password (kept in the local database, never logged). */
    public static final Setting<String> TLS_PASSWORD = Setting.ofString("streamer.tlsPassword", "");

    /** Whether the remote page (/remote) answers phones outside the home network too (ADR 0069); off by default. */
    public static final Setting<Boolean> REMOTE_ANY_NETWORK = Setting.ofBoolean("remote.anyNetwork", false);

    public static final Setting<Boolean> NORMALISE = Setting.ofBoolean("library.normalise", false);
    public static final Setting<Double> TARGET_LUFS = Setting.ofDouble("library.targetLufs", -16.0);
    public static final Setting<Integer> MP3_KBPS = Setting.ofInt("library.mp3Kbps", 128, 32, 320);
    /** Which ffmpeg converts and reads chapters: a system one when installed, else the one inside the app (ADR 0072). */
    public static final Setting<FfmpegChoice> FFMPEG = Setting.ofEnum("library.ffmpeg", FfmpegChoice.class,
            FfmpegChoice.AUTOMATIC);
    public static final Setting<Integer> MAX_IMPORT_MB = Setting.ofInt("library.maxImportMb", 2048, 1, 1 << 20);

    private StreamerSettings() {
    }

    /** The conversion profile the settings describe (a target outside -40..-5 LUFS reads as -16). */
    public static ConversionProfile profile(SettingsStore settings) {
        return new ConversionProfile(settings.get(MP3_KBPS), settings.get(NORMALISE)
                ? OptionalDouble.of(targetLufs(settings)) : OptionalDouble.empty());
    }

    /**
     * The library's loudness target in LUFS (a target outside -40..-5 reads as -16), whether or not
     * conversions normalise: recordings made in the app are brought to it (ADR 0085).
     */
    public static double targetLufs(SettingsStore settings) {
        double target = settings.get(TARGET_LUFS);
        return target < -40 || target > -5 ? TARGET_LUFS.defaultValue() : target;
    }

    public static long maxImportBytes(SettingsStore settings) {
        return settings.get(MAX_IMPORT_MB) * 1024L * 1024L;
    }
}
