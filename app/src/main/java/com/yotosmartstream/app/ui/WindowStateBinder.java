package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.shell.WindowGeometry;
import com.yotosmartstream.app.shell.WindowPlacement;
import com.yotosmartstream.core.storage.SettingsStore;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores the window where it was (if that is still on a screen) and remembers its normal,
 * un-maximised bounds, so a maximised window comes back maximised and un-maximises to its size.
 */
final class WindowStateBinder {

    private final Stage stage;
    private final SettingsStore settings;
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;

    WindowStateBinder(Stage stage, SettingsStore settings) {
        this.stage = stage;
        this.settings = settings;
    }

    void restore(int widthOverride, int heightOverride) {
        Screen primary = Screen.getPrimary();
        List<WindowPlacement.Area> screens = Stream.concat(Stream.of(primary),
                        Screen.getScreens().stream().filter(screen -> !screen.equals(primary)))
                .map(screen -> area(screen.getVisualBounds()))
                .toList();
        WindowGeometry g = WindowPlacement.place(WindowGeometry.parse(settings.get(AppSettings.WINDOW_GEOMETRY)),
                screens);
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, g.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, g.height()));
        stage.setX(g.x());
        stage.setY(g.y());
        stage.setWidth(widthOverride > 0 ? widthOverride : g.width());
        stage.setHeight(heightOverride > 0 ? heightOverride : g.height());
        stage.setMaximized(g.maximized() && widthOverride <= 0);
        remember();
        stage.xProperty().addListener((obs, old, now) -> remember());
        stage.yProperty().addListener((obs, old, now) -> remember());
        stage.widthProperty().addListener((obs, old, now) -> remember());
        stage.heightProperty().addListener((obs, old, now) -> remember());
    }

    void save() {
        remember();
        settings.put(AppSettings.WINDOW_GEOMETRY,
                new WindowGeometry(normalX, normalY, normalWidth, normalHeight, stage.isMaximized()).format());
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        normalX = stage.getX();
        normalY = stage.getY();
        normalWidth = stage.getWidth();
        normalHeight = stage.getHeight();
    }

    private static WindowPlacement.Area area(Rectangle2D r) {
        return new WindowPlacement.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
