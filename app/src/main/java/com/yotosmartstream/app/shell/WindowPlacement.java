package com.yotosmartstream.app.shell;

import java.util.List;
import java.util.Optional;

/**
 * Decides where the main window opens: where it was last time, if that is still on a screen
 * (monitors come and go), else centred on the primary screen at a comfortable size.
 */
public final class WindowPlacement {

    /** A screen's usable area. */
    public record Area(double x, double y, double width, double height) {
        boolean contains(double px, double py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** The least the window can be made by hand. */
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 480;
    /**
     * The least size it opens at (where the screen has room): every page is laid out to be whole at
     * 1024x700, so a smaller saved size (left by a window manager squeezing it, say) is not restored.
     */
    public static final double USABLE_WIDTH = 1024;
    public static final double USABLE_HEIGHT = 700;
    /** How much of the title bar must be on a screen for the saved place to count as visible. */
    private static final double GRIP = 64;

    private WindowPlacement() {
    }

    /**
     * @param saved the geometry saved last time, if any
     * @param screens usable areas of the screens; the first is the primary
     */
    public static WindowGeometry place(Optional<WindowGeometry> saved, List<Area> screens) {
        Area primary = screens.isEmpty() ? new Area(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screens.get(0);
        if (saved.isPresent()) {
            WindowGeometry g = saved.get();
            Optional<Area> home = screens.stream().filter(s -> titleBarVisibleOn(g, s)).findFirst();
            if (home.isPresent()) {
                Area s = home.get();
                double width = clamp(g.width(), Math.min(USABLE_WIDTH, s.width()), s.width());
                double height = clamp(g.height(), Math.min(USABLE_HEIGHT, s.height()), s.height());
                return new WindowGeometry(g.x(), g.y(), width, height, g.maximized());
            }
        }
        double width = clamp(DEFAULT_WIDTH, Math.min(MIN_WIDTH, primary.width()), primary.width() * 0.9);
        double height = clamp(DEFAULT_HEIGHT, Math.min(MIN_HEIGHT, primary.height()), primary.height() * 0.9);
        return new WindowGeometry(primary.x() + (primary.width() - width) / 2,
                primary.y() + (primary.height() - height) / 2, width, height,
                saved.map(WindowGeometry::maximized).orElse(false));
    }

    private static boolean titleBarVisibleOn(WindowGeometry g, Area s) {
        double barY = g.y() + 8;
        double left = Math.max(g.x(), s.x());
        double right = Math.min(g.x() + g.width(), s.x() + s.width());
        return right - left >= GRIP && s.contains(Math.max(left, s.x()), barY);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
