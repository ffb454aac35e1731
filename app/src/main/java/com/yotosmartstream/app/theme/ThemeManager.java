package com.yotosmartstream.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Applies the AtlantaFX theme the user chose (light, dark, or the OS's). {@link #effective()} is
 * LIGHT or DARK. Call on the FX thread.
 */
public final class ThemeManager {

    private final ObjectProperty<ThemePreference> preference = new SimpleObjectProperty<>(ThemePreference.SYSTEM);
    private final ObjectProperty<ThemePreference> os = new SimpleObjectProperty<>(ThemePreference.LIGHT);
    private final ReadOnlyObjectWrapper<ThemePreference> effective = new ReadOnlyObjectWrapper<>();

    public ThemeManager(ThemePreference preference, ThemePreference os) {
        this.preference.set(preference);
        this.os.set(os);
        this.preference.addListener((obs, old, now) -> apply());
        this.os.addListener((obs, old, now) -> apply());
        apply();
    }

    /** What the user chose. */
    public ObjectProperty<ThemePreference> preferenceProperty() {
        return preference;
    }

    /** The OS's preference, as last read. */
    public ObjectProperty<ThemePreference> osProperty() {
        return os;
    }

    /** What is shown: LIGHT or DARK. */
    public ReadOnlyObjectProperty<ThemePreference> effective() {
        return effective.getReadOnlyProperty();
    }

    /** Light to dark and back, remembered as an explicit choice. */
    public void toggle() {
        preference.set(effective.get() == ThemePreference.DARK ? ThemePreference.LIGHT : ThemePreference.DARK);
    }

    private void apply() {
        ThemePreference shown = preference.get().resolve(os.get());
        if (shown == effective.get()) {
            return;
        }
        effective.set(shown);
        Application.setUserAgentStylesheet(shown == ThemePreference.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
