package com.yotosmartstream.app.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the main window was and how big, as kept in the settings ("x,y,width,height,maximized").
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** Empty when the text is blank or not a geometry (a damaged setting is ignored, not fatal). */
    public static Optional<WindowGeometry> parse(String text) {
        String[] parts = text.strip().split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double x = Double.parseDouble(parts[0]);
            double y = Double.parseDouble(parts[1]);
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (!parts[4].equals("true") && !parts[4].equals("false")) {
                return Optional.empty();
            }
            if (!(width > 0 && height > 0 && Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width)
                    && Double.isFinite(height))) {
                return Optional.empty();
            }
            return Optional.of(new WindowGeometry(x, y, width, height, Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
