package com.yotosmartstream.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.shell.Page;
import com.yotosmartstream.app.shell.WindowGeometry;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Size, position and page come back on the next start. Each test opens the window twice, as two starts would. */
class WindowStateTest {

    @TempDir
    Path dataDir;

    private ShellFixture start(String... options) throws Exception {
        FxToolkit.registerPrimaryStage();
        ShellFixture[] fixture = new ShellFixture[1];
        FxToolkit.setupFixture(() -> {
            try {
                fixture[0] = ShellFixture.open(new Stage(), dataDir, options);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return fixture[0];
    }

    @Test
    void sizePositionAndPageAreRestoredOnTheNextStart() throws Exception {
        try (ShellFixture first = start()) {
            FxToolkit.setupFixture(() -> {
                first.stage.setX(60);
                first.stage.setY(50);
                first.stage.setWidth(1100);
                first.stage.setHeight(720);
                first.window.viewModel().navigate(Page.ICONS);
            });
        }
        assertThat(WindowGeometry.parse(new ShellSettings(dataDir).geometry())).isPresent();

        try (ShellFixture second = start()) {
            assertThat(second.stage.getX()).isEqualTo(60);
            assertThat(second.stage.getY()).isEqualTo(50);
            assertThat(second.stage.getWidth()).isEqualTo(1100);
            assertThat(second.stage.getHeight()).isEqualTo(720);
            assertThat(second.window.viewModel().currentPage()).isEqualTo(Page.ICONS);
        }
    }

    @Test
    void aMaximisedWindowComesBackMaximisedAndKeepsItsNormalSize() throws Exception {
        try (ShellFixture first = start()) {
            FxToolkit.setupFixture(() -> {
                first.stage.setX(40);
                first.stage.setY(30);
                first.stage.setWidth(880);
                first.stage.setHeight(600);
                first.stage.setMaximized(true);
            });
        }
        WindowGeometry saved = WindowGeometry.parse(new ShellSettings(dataDir).geometry()).orElseThrow();
        assertThat(saved).isEqualTo(new WindowGeometry(40, 30, 880, 600, true));

        try (ShellFixture second = start()) {
            assertThat(second.stage.isMaximized()).isTrue();
        }
    }

    @Test
    void aModalDialogLeavesTheWindowMaximisedAndDoesNotShrinkItsSavedSize() throws Exception {
        try (ShellFixture first = start()) {
            javafx.scene.control.Alert[] alert = new javafx.scene.control.Alert[1];
            FxToolkit.setupFixture(() -> {
                first.stage.setX(40);
                first.stage.setY(30);
                first.stage.setWidth(1100);
                first.stage.setHeight(720);
                first.stage.setMaximized(true);
                alert[0] = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, "Hello");
                alert[0].initOwner(first.stage);
                alert[0].show();
                // what Openbox does to the window a modal dialog disables (JavaFX freezes its size)
                first.stage.setMaximized(false);
                first.stage.setWidth(720);
                first.stage.setHeight(460);
            });
            FxToolkit.setupFixture(() -> alert[0].getDialogPane().getScene().getWindow().hide());
            assertThat(first.stage.isMaximized()).isTrue();
        }
        assertThat(WindowGeometry.parse(new ShellSettings(dataDir).geometry()))
                .contains(new WindowGeometry(40, 30, 1100, 720, true));
    }

    @Test
    void aWindowSavedSmallerThanUsableOpensAtAUsableSize() throws Exception {
        try (ShellFixture first = start()) {
            FxToolkit.setupFixture(() -> {
                first.stage.setX(20);
                first.stage.setY(20);
                first.stage.setWidth(720);
                first.stage.setHeight(480);
            });
        }
        try (ShellFixture second = start()) {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            assertThat(second.stage.getWidth()).isEqualTo(Math.min(1024, screen.getWidth()));
            assertThat(second.stage.getHeight()).isEqualTo(Math.min(700, screen.getHeight()));
        }
    }

    @Test
    void thePageOptionOpensThatPageWithoutForgettingTheSavedOne() throws Exception {
        try (ShellFixture first = start()) {
            FxToolkit.setupFixture(() -> first.window.viewModel().navigate(Page.CARDS));
        }
        try (ShellFixture second = start("--page=settings")) {
            assertThat(second.window.viewModel().currentPage()).isEqualTo(Page.SETTINGS);
            assertThat(second.services.settings().get(AppSettings.LAST_PAGE)).isEqualTo(Page.CARDS);
        }
    }

    @Test
    void aDamagedGeometrySettingOpensTheWindowAtTheDefaultPlace() throws Exception {
        start().close();
        new ShellSettings(dataDir).damageGeometry();
        try (ShellFixture second = start()) {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            assertThat(second.stage.getWidth()).isEqualTo(Math.min(1280, screen.getWidth() * 0.9));
            assertThat(second.stage.getX()).isEqualTo(screen.getMinX() + (screen.getWidth() - second.stage.getWidth()) / 2);
        }
    }

    /** Reads and writes the saved settings between two starts, as the database holds them. */
    private record ShellSettings(Path dataDir) {
        String geometry() throws Exception {
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("yoto-smart-stream.db"));
                 var r = c.createStatement().executeQuery("SELECT value FROM settings WHERE key = 'ui.windowGeometry'")) {
                return r.next() ? r.getString(1) : "";
            }
        }

        void damageGeometry() throws Exception {
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("yoto-smart-stream.db"))) {
                c.createStatement().executeUpdate("UPDATE settings SET value = 'not,a,window' WHERE key = 'ui.windowGeometry'");
            }
        }
    }
}
