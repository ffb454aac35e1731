package com.yotosmartstream.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Pictures of a scene as PNG: captured on the FX thread, encoded and written in the background. */
public final class Screenshots {

    /** ARGB pixels, row by row. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private Screenshots() {
    }

    /** Renders the scene; call on the FX thread. */
    public static Pixels capture(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new Pixels(width, height, argb);
    }

    /** Encodes and writes the PNG; does I/O, so not on the FX thread. */
    public static void writePng(Pixels pixels, Path file) throws IOException {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("No PNG writer is available in this Java runtime");
        }
    }
}
