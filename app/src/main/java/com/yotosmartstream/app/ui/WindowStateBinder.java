package com.yotosmartstream.app.ui;

import com.yotosmartstream.app.AppSettings;
import com.yotosmartstream.app.shell.WindowGeometry;
import com.yotosmartstream.app.shell.WindowPlacement;
import com.yotosmartstream.core.storage.SettingsStore;
import java.util.List;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Restores the window where it was (if that is still on a screen) and remembers its normal,
 * un-maximised bounds, so a maximised window comes back maximised and un-maximises to its size.
 *
 * <p>While a modal dialog is open the window keeps its state: JavaFX on Linux freezes the size of
 * the windows a modal dialog disables, and some window managers (Openbox, KDE) then un-maximise
 * the window to a small size (JDK-8332222, fixed in JavaFX 24 only). What the window is squeezed to
 * then is not remembered as its size, and it is maximised again when the last dialog closes.
 */
final class WindowStateBinder {

    private final Stage stage;
    private final SettingsStore settings;
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;
    /** How many modal windows are open; while any is, the window's size is not its own. */
    private int modalOpen;
    private boolean maximizedBeforeModal;
    private final ListChangeListener<Window> modalWatch = this::windowsChanged;

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
        Window.getWindows().addListener(modalWatch);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> Window.getWindows().removeListener(modalWatch));
    }

    private void windowsChanged(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            for (Window shown : change.getAddedSubList()) {
                if (isModal(shown) && modalOpen++ == 0) {
                    maximizedBeforeModal = stage.isMaximized();
                }
            }
            for (Window hidden : change.getRemoved()) {
                if (isModal(hidden) && modalOpen > 0 && --modalOpen == 0) {
                    if (maximizedBeforeModal && !stage.isMaximized()) {
                        stage.setMaximized(true);
                    }
                    remember();
                }
            }
        }
    }

    private boolean isModal(Window window) {
        return window != stage && window instanceof Stage other && other.getModality() != Modality.NONE;
    }

    void save() {
        remember();
        settings.put(AppSettings.WINDOW_GEOMETRY,
                new WindowGeometry(normalX, normalY, normalWidth, normalHeight,
                        modalOpen > 0 ? maximizedBeforeModal : stage.isMaximized()).format());
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen() || modalOpen > 0) {
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
