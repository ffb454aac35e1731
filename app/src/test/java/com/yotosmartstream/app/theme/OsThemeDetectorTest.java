package com.yotosmartstream.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OsThemeDetectorTest {

    private static OsThemeDetector.CommandRunner answering(Map<String, String> outputs) {
        return command -> Optional.ofNullable(outputs.get(String.join(" ", command)));
    }

    private static final String GNOME_SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String GNOME_GTK = "gsettings get org.gnome.desktop.interface gtk-theme";

    @Test
    void gnomePreferDarkIsDark() {
        var detector = new OsThemeDetector("Linux", Map.of(), answering(Map.of(GNOME_SCHEME, "'prefer-dark'\n")));
        assertThat(detector.detect()).isEqualTo(ThemePreference.DARK);
    }

    @Test
    void gnomePreferLightIsLightWhateverTheGtkTheme() {
        var detector = new OsThemeDetector("Linux", Map.of(), answering(Map.of(GNOME_SCHEME, "'prefer-light'",
                GNOME_GTK, "'Adwaita-dark'")));
        assertThat(detector.detect()).isEqualTo(ThemePreference.LIGHT);
    }

    @Test
    void aDarkGtkThemeIsDarkWhenNoColourSchemeIsSet() {
        var detector = new OsThemeDetector("Linux", Map.of(), answering(Map.of(GNOME_SCHEME, "'default'",
                GNOME_GTK, "'Adwaita-dark'")));
        assertThat(detector.detect()).isEqualTo(ThemePreference.DARK);
    }

    @Test
    void theGtkThemeVariableWins() {
        var detector = new OsThemeDetector("Linux", Map.of("GTK_THEME", "Adwaita:dark"),
                answering(Map.of(GNOME_SCHEME, "'prefer-light'")));
        assertThat(detector.detect()).isEqualTo(ThemePreference.DARK);
    }

    @Test
    void withoutAnyAnswerTheThemeIsLight() {
        var detector = new OsThemeDetector("Linux", Map.of(), command -> Optional.empty());
        assertThat(detector.detect()).isEqualTo(ThemePreference.LIGHT);
    }

    @Test
    void macDarkModeIsDark() {
        var detector = new OsThemeDetector("Mac OS X", Map.of(),
                answering(Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")));
        assertThat(detector.detect()).isEqualTo(ThemePreference.DARK);
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String reg = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        OsThemeDetector.CommandRunner runner = command -> command.get(0).equals("reg") ? Optional.of(reg)
                : Optional.empty();
        assertThat(new OsThemeDetector("Windows 11", Map.of(), runner).detect()).isEqualTo(ThemePreference.DARK);
        assertThat(OsThemeDetector.windowsSaysDark(reg.replace("0x0", "0x1"))).isFalse();
    }

    @Test
    void aFailingCommandMeansLight() {
        OsThemeDetector.CommandRunner broken = command -> {
            throw new IllegalStateException("no such command " + List.copyOf(command));
        };
        assertThat(new OsThemeDetector("Linux", Map.of(), broken).detect()).isEqualTo(ThemePreference.LIGHT);
    }

    @Test
    void systemResolvesToTheOsChoiceAndExplicitChoicesStand() {
        assertThat(ThemePreference.SYSTEM.resolve(ThemePreference.DARK)).isEqualTo(ThemePreference.DARK);
        assertThat(ThemePreference.SYSTEM.resolve(ThemePreference.LIGHT)).isEqualTo(ThemePreference.LIGHT);
        assertThat(ThemePreference.LIGHT.resolve(ThemePreference.DARK)).isEqualTo(ThemePreference.LIGHT);
        assertThat(ThemePreference.DARK.resolve(ThemePreference.LIGHT)).isEqualTo(ThemePreference.DARK);
    }
}
