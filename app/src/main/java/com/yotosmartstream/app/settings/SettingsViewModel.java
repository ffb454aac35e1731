package com.yotosmartstream.app.settings;

import com.yotosmartstream.app.AppServices;
import com.yotosmartstream.app.theme.ThemeManager;
import com.yotosmartstream.app.theme.ThemePreference;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/** What the Settings page shows and changes. */
public final class SettingsViewModel {

    private final ThemeManager theme;
    private final AppServices services;
    private StreamingSettingsViewModel streaming;
    private final VoiceSettingsViewModel voice;

    public SettingsViewModel(ThemeManager theme, AppServices services) {
        this(theme, services, new VoiceSettingsViewModel(com.yotosmartstream.story.voice.Speech.none(), Runnable::run,
                () -> { }));
    }

    public SettingsViewModel(ThemeManager theme, AppServices services, VoiceSettingsViewModel voice) {
        this.theme = theme;
        this.services = services;
        this.voice = voice;
    }

    /** The voice engine that speaks nodes without recorded audio. */
    public VoiceSettingsViewModel voice() {
        return voice;
    }

    public ObjectProperty<ThemePreference> themePreferenceProperty() {
        return theme.preferenceProperty();
    }

    /** "Follow the system (now dark)". */
    public String systemThemeLabel(ThemePreference os) {
        return ThemePreference.SYSTEM.label() + " (now " + os.id() + ")";
    }

    public ReadOnlyObjectProperty<ThemePreference> osThemeProperty() {
        return theme.osProperty();
    }

    public boolean notificationWanted(com.yotosmartstream.app.dashboard.PlayerAlert.Kind kind) {
        return services.settings().get(kind.setting());
    }

    public void setNotificationWanted(com.yotosmartstream.app.dashboard.PlayerAlert.Kind kind, boolean wanted) {
        services.settings().put(kind.setting(), wanted);
    }

    public Path dataFolder() {
        return services.dataFolder().root();
    }

    public Path logsFolder() {
        return services.dataFolder().logs();
    }

    public Path databaseFile() {
        return services.database().file();
    }

    /** The library and streaming settings (made on first use). */
    public StreamingSettingsViewModel streaming() {
        if (streaming == null) {
            streaming = new StreamingSettingsViewModel(services.streamer(), services.settings(), services.executor(),
                    javafx.application.Platform::runLater, StreamingSettingsViewModel.detector(services));
        }
        return streaming;
    }

    /** "core v1, library v3". */
    public String schemaSummary() {
        Map<String, Integer> versions = services.database().schemaVersions();
        return versions.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + " v" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
