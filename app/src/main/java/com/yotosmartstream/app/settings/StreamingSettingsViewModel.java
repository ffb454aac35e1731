package com.yotosmartstream.app.settings;

import com.yotosmartstream.app.library.LibraryStartup;
import com.yotosmartstream.core.storage.SettingsStore;
import com.yotosmartstream.core.task.BackgroundTask;
import com.yotosmartstream.core.task.TaskExecutor;
import com.yotosmartstream.streamer.PublicAddress;
import com.yotosmartstream.streamer.Streamer;
import com.yotosmartstream.streamer.StreamerSettings;
import com.yotosmartstream.streamer.StreamerSettings.TlsMode;
import com.yotosmartstream.streamer.convert.Ffmpeg;
import com.yotosmartstream.streamer.convert.FfmpegChoice;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings of the library and the streaming server: whether ffmpeg was found, the port, the
 * public address, HTTPS, and conversion (bitrate, loudness). Applying checks every field first and
 * says what is wrong; nothing is saved until all are right.
 */
public final class StreamingSettingsViewModel {

    public static final List<Integer> BITRATES = List.of(64, 96, 128, 160, 192);

    private final Streamer streamer;
    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final Runnable detectAgain;
    private final StringProperty ffmpeg = new SimpleStringProperty("Looking for ffmpeg\u2026");
    private final ObjectProperty<FfmpegChoice> ffmpegChoice = new SimpleObjectProperty<>();
    private final StringProperty port = new SimpleStringProperty();
    private final StringProperty publicUrl = new SimpleStringProperty();
    private final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>();
    private final StringProperty certificateFile = new SimpleStringProperty();
    private final StringProperty keyFile = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty();
    private final BooleanProperty normalise = new SimpleBooleanProperty();
    private final StringProperty targetLufs = new SimpleStringProperty();
    private final ObjectProperty<Integer> kbps = new SimpleObjectProperty<>();
    private final StringProperty result = new SimpleStringProperty("");

    /**
     * @param detectAgain looks for ffmpeg again in the background (and converts what waits)
     */
    public StreamingSettingsViewModel(Streamer streamer, SettingsStore settings, TaskExecutor executor,
            Executor fxThread, Runnable detectAgain) {
        this.streamer = streamer;
        this.settings = settings;
        this.executor = executor;
        this.detectAgain = detectAgain;
        streamer.library().addFfmpegListener(found -> fxThread.execute(() -> ffmpeg.set(describe(found))));
        if (streamer.library().ffmpegChecked()) {
            ffmpeg.set(describe(streamer.library().ffmpegSearch()));
        }
        ffmpegChoice.set(settings.get(StreamerSettings.FFMPEG));
        ffmpegChoice.addListener((obs, old, now) -> {
            if (now != null && now != settings.get(StreamerSettings.FFMPEG)) {
                settings.put(StreamerSettings.FFMPEG, now);
                lookForFfmpegAgain();
            }
        });
        streamer.addStatusListener(status -> fxThread.execute(() ->
                port.set(String.valueOf(settings.get(StreamerSettings.PORT)))));
        reset();
    }

    /** Shows what is saved. */
    public void reset() {
        port.set(String.valueOf(settings.get(StreamerSettings.PORT)));
        publicUrl.set(settings.get(StreamerSettings.PUBLIC_BASE_URL));
        tls.set(settings.get(StreamerSettings.TLS));
        certificateFile.set(settings.get(StreamerSettings.TLS_FILE));
        keyFile.set(settings.get(StreamerSettings.TLS_KEY_FILE));
        password.set(settings.get(StreamerSettings.TLS_PASSWORD));
        normalise.set(settings.get(StreamerSettings.NORMALISE));
        targetLufs.set(String.valueOf(settings.get(StreamerSettings.TARGET_LUFS)));
        int saved = settings.get(StreamerSettings.MP3_KBPS);
        kbps.set(BITRATES.contains(saved) ? saved : 128);
    }

    /** What the Settings page says about the ffmpeg in use (ADR 0072). */
    public static String describe(Ffmpeg.Search search) {
        if (search.found().isEmpty()) {
            return "No ffmpeg can be used: " + search.problem() + " WAV and MP3 are converted by the built-in"
                    + " converter; other formats wait until an ffmpeg can run.";
        }
        Ffmpeg found = search.found().get();
        return found.describe() + (found.mp3Encoder()
                ? ". It converts every format the library imports and reads audiobook chapters."
                : ". Conversion uses the built-in converter until an ffmpeg with MP3 support is chosen.");
    }

    public void lookForFfmpegAgain() {
        ffmpeg.set("Looking for ffmpeg\u2026");
        detectAgain.run();
    }

    /** Checks every field, saves them, restarts the server and converts again if conversion changed. */
    public boolean apply() {
        int newPort;
        try {
            newPort = Integer.parseInt(port.get().strip());
            if (newPort < 0 || newPort > 65_535) {
                throw new NumberFormatException();
            }
            if (newPort > 0 && newPort < 1024) {
                result.set("Ports below 1024 need administrator rights; choose one from 1024 to 65535, or 0 for any"
                        + " free port.");
                return false;
            }
        } catch (NumberFormatException e) {
            result.set("The port must be a number from 1024 to 65535, or 0 for any free port.");
            return false;
        }
        try {
            PublicAddress.parseBaseUrl(publicUrl.get());
        } catch (IllegalArgumentException e) {
            result.set(e.getMessage());
            return false;
        }
        if (tls.get() != TlsMode.NONE && certificateFile.get().isBlank()) {
            result.set("Choose the certificate file for HTTPS, or turn HTTPS off.");
            return false;
        }
        if (tls.get() == TlsMode.PEM && keyFile.get().isBlank()) {
            result.set("Choose the private key file that goes with the PEM certificate.");
            return false;
        }
        double lufs;
        try {
            lufs = Double.parseDouble(targetLufs.get().strip().replace(',', '.'));
            if (lufs < -40 || lufs > -5) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            result.set("The loudness target must be a number from -40 to -5 LUFS (-16 suits speech on small speakers).");
            return false;
        }
        boolean conversionChanged = normalise.get() != settings.get(StreamerSettings.NORMALISE)
                || lufs != settings.get(StreamerSettings.TARGET_LUFS) || kbps.get() != settings.get(StreamerSettings.MP3_KBPS);
        settings.put(StreamerSettings.PORT, newPort);
        settings.put(StreamerSettings.PUBLIC_BASE_URL, publicUrl.get().strip());
        settings.put(StreamerSettings.TLS, tls.get());
        settings.put(StreamerSettings.TLS_FILE, certificateFile.get().strip());
        settings.put(StreamerSettings.TLS_KEY_FILE, keyFile.get().strip());
        settings.put(StreamerSettings.TLS_PASSWORD, password.get());
        settings.put(StreamerSettings.NORMALISE, normalise.get());
        settings.put(StreamerSettings.TARGET_LUFS, lufs);
        settings.put(StreamerSettings.MP3_KBPS, kbps.get());
        result.set("Saved. Restarting the streaming server\u2026");
        executor.submit(BackgroundTask.of("Restarting the streaming server", ctx -> streamer.start())
                .onSuccess(status -> result.set(status.running()
                        ? "Saved. Players stream from " + status.base().orElseThrow()
                        + (status.problem().isEmpty() ? "." : ". " + status.problem())
                        : "Saved, but the server did not start: " + status.problem())));
        if (conversionChanged) {
            streamer.requestConversion(executor);
        }
        return true;
    }

    public ReadOnlyStringProperty ffmpegProperty() {
        return ffmpeg;
    }

    /** Which ffmpeg to use; changing it saves it and looks again. */
    public ObjectProperty<FfmpegChoice> ffmpegChoiceProperty() {
        return ffmpegChoice;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty publicUrlProperty() {
        return publicUrl;
    }

    public ObjectProperty<TlsMode> tlsProperty() {
        return tls;
    }

    public StringProperty certificateFileProperty() {
        return certificateFile;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty normaliseProperty() {
        return normalise;
    }

    public StringProperty targetLufsProperty() {
        return targetLufs;
    }

    public ObjectProperty<Integer> kbpsProperty() {
        return kbps;
    }

    /** What applying did, or what is wrong. */
    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    /** For the Settings page: detection again, through the app's start-up path. */
    public static Runnable detector(com.yotosmartstream.app.AppServices services) {
        return () -> LibraryStartup.detectFfmpeg(services);
    }
}
