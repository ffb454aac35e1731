package com.yotosmartstream.app.theme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Light, dark, or whatever the OS prefers. */
public enum ThemePreference {
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemePreference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** LIGHT or DARK: this preference, or the OS's when it is SYSTEM. */
    public ThemePreference resolve(ThemePreference os) {
        return this == SYSTEM ? (os == DARK ? DARK : LIGHT) : this;
    }

    public static Optional<ThemePreference> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(id.strip()))
                .findFirst();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
