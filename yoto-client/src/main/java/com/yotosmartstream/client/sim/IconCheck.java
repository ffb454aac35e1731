package com.yotosmartstream.client.sim;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * What Yoto checks in a display icon sent without auto-convert: a PNG whose IHDR says 16x16, 8-bit
 * RGBA (colour type 6), or a GIF whose logical screen is 16x16; and, with auto-convert, the
 * conversion to such a PNG.
 */
final class IconCheck {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IconCheck() {
    }

    static boolean isPng(byte[] image) {
        return image.length >= PNG.length && Arrays.equals(image, 0, PNG.length, PNG, 0, PNG.length);
    }

    static boolean isGif(byte[] image) {
        String header = image.length >= 6 ? new String(image, 0, 6, StandardCharsets.US_ASCII) : "";
        return header.equals("GIF87a") || header.equals("GIF89a");
    }

    static boolean isJpeg(byte[] image) {
        return image.length >= 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff;
    }

    /** A 16x16 PNG, 8 bits per channel RGBA, as its IHDR chunk (right after the signature) says. */
    static boolean isIconPng(byte[] image) {
        if (!isPng(image) || image.length < 26
                || !new String(image, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
            return false;
        }
        int bitDepth = image[24] & 0xff;
        int colourType = image[25] & 0xff;
        return bigEndian(image, 16) == 16 && bigEndian(image, 20) == 16 && bitDepth == 8 && colourType == 6;
    }

    /** A GIF whose logical screen (little-endian width and height after the header) is 16x16. */
    static boolean isIconGif(byte[] image) {
        return isGif(image) && image.length >= 10 && littleEndian16(image, 6) == 16 && littleEndian16(image, 8) == 16;
    }

    /** The picture scaled to a 16x16 RGBA PNG; empty when it cannot be read as a picture. */
    static Optional<byte[]> convert(byte[] image) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (source == null) {
            return Optional.empty();
        }
        BufferedImage icon = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = icon.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(source, 0, 0, 16, 16, null);
        g.dispose();
        return Optional.of(png(icon));
    }

    /** A 16x16 icon of one colour (the emulator's public icons). */
    static byte[] solid(int argb) {
        BufferedImage icon = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                icon.setRGB(x, y, argb);
            }
        }
        return png(icon);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int bigEndian(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static int littleEndian16(byte[] b, int at) {
        return (b[at] & 0xff) | ((b[at + 1] & 0xff) << 8);
    }
}
