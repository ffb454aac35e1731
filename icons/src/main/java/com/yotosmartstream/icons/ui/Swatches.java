package com.yotosmartstream.icons.ui;

import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.palette.PaletteFormats;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Colour helpers for the views: ARGB ints to JavaFX colours and images, and swatch regions. */
public final class Swatches {

    private Swatches() {
    }

    public static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
    }

    public static int argb(Color color) {
        return (int) Math.round(color.getOpacity() * 255) << 24 | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
    }

    /** The icon as a 16x16 image. */
    public static Image image(IconImage icon) {
        return image(icon.pixels());
    }

    public static Image image(int[] argb) {
        WritableImage image = new WritableImage(IconImage.SIZE, IconImage.SIZE);
        image.getPixelWriter().setPixels(0, 0, IconImage.SIZE, IconImage.SIZE, PixelFormat.getIntArgbInstance(),
                argb, 0, IconImage.SIZE);
        return image;
    }

    /** A square of one colour (a checkerboard for transparent), with its hex code as a tooltip. */
    public static Region swatch(int argb, double size) {
        Region swatch = new Region();
        swatch.getStyleClass().add("icon-swatch");
        swatch.setMinSize(size, size);
        swatch.setPrefSize(size, size);
        swatch.setMaxSize(size, size);
        paint(swatch, argb);
        return swatch;
    }

    /** Repaints a swatch made by {@link #swatch}. */
    public static void paint(Region swatch, int argb) {
        boolean transparent = (argb >>> 24) == 0;
        swatch.setStyle(transparent
                ? "-fx-background-color: #ffffff, linear-gradient(to bottom right, transparent 45%, #e53935 45%,"
                        + " #e53935 55%, transparent 55%); -fx-border-color: -color-border-default;"
                : "-fx-background-color: " + PaletteFormats.hex(argb) + "; -fx-border-color: -color-border-default;");
        Tooltip.install(swatch, new Tooltip(transparent ? "Transparent" : PaletteFormats.hex(argb)));
    }
}
