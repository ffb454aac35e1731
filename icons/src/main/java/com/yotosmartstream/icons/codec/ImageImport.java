package com.yotosmartstream.icons.codec;

import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns any PNG, JPEG or GIF (the first frame of an animation) into a 16x16 icon: checked first
 * (what it is, that it is whole, that it is not huge) so a bad file says so and changes nothing,
 * then framed to a square, scaled and, if asked, reduced to a palette.
 */
public final class ImageImport {

    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Pictures with more pixels than this (say 8000 x 5000) are refused before they are decoded. */
    public static final long MAX_PIXELS = 40_000_000L;

    /** How the picture is made smaller. */
    public enum Scaling {
        /** Each icon pixel takes the source pixel at its centre: crisp, right for pixel art. */
        NEAREST("Nearest (crisp, for pixel art)"),
        /** Each icon pixel averages every source pixel it covers: smooth, right for photos. */
        AREA_AVERAGE("Area average (smooth, for photos)");

        private final String label;

        Scaling(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a picture that is not square becomes square. */
    public enum Framing {
        /** The middle square of the picture fills the icon; the sides are cut. */
        CROP("Crop to the middle square"),
        /** The whole picture fits in the icon; the margins stay transparent. */
        FIT("Fit the whole picture");

        private final String label;

        Framing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Options(Scaling scaling, Framing framing, Reduction reduction) {
        public static Options defaults() {
            return new Options(Scaling.AREA_AVERAGE, Framing.CROP, new Reduction.None());
        }
    }

    /** A decoded picture: its size and its ARGB pixels, row by row. */
    public record Picture(int width, int height, int[] argb, String format) {
    }

    private ImageImport() {
    }

    /** Reads and converts in one go (the first frame of an animation). */
    public static IconImage toIcon(byte[] file, Options options) throws BadImageException {
        return toIcon(read(file), options);
    }

    /**
     * Reads a picture as an icon animation: every frame of an animated GIF (up to
     * {@link IconAnimation#MAX_FRAMES}, with their durations), or one frame for anything else.
     */
    public static IconAnimation toAnimation(byte[] file, Options options) throws BadImageException {
        checkSize(file);
        String format = format(file);
        checkWhole(file, format);
        if (!format.equals("GIF")) {
            return IconAnimation.still(toIcon(file, options));
        }
        return GifFrames.read(file, options);
    }

    static void checkSize(byte[] file) throws BadImageException {
        if (file.length > MAX_BYTES) {
            throw new BadImageException("The file is " + file.length / (1024 * 1024) + " MB; pictures up to "
                    + MAX_BYTES / (1024 * 1024) + " MB can be imported. Make it smaller first.");
        }
    }

    /**
     * Decodes a PNG, JPEG or GIF after checking that it is one, that it is whole and that it is not
     * too big to handle.
     */
    public static Picture read(byte[] file) throws BadImageException {
        checkSize(file);
        String format = format(file);
        checkWhole(file, format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.toLowerCase(Locale.ROOT));
            if (!readers.hasNext()) {
                throw new BadImageException("This computer cannot read " + format + " pictures.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new BadImageException("The picture has no pixels.");
                }
                if (width * height > MAX_PIXELS) {
                    throw new BadImageException("The picture is " + width + " x " + height
                            + " pixels, too big to import. Make it smaller than 40 megapixels first.");
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new BadImageException("The " + format + " file is damaged or cut short ("
                            + warnings.get(0) + "). Try the original file again.");
                }
                int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                return new Picture(image.getWidth(), image.getHeight(), argb, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadImageException("The " + format + " file could not be read: it is damaged or cut short. "
                    + "Try the original file again.", e);
        } catch (OutOfMemoryError e) {
            throw new BadImageException("The picture is too big to import. Make it smaller first.");
        }
    }

    /** Frames, scales and reduces a decoded picture. */
    public static IconImage toIcon(Picture picture, Options options) {
        int n = IconImage.SIZE;
        int sx = 0;
        int sy = 0;
        int sw = picture.width();
        int sh = picture.height();
        double tx = 0;
        double ty = 0;
        double tw = n;
        double th = n;
        if (options.framing() == Framing.CROP) {
            int side = Math.min(sw, sh);
            sx = (sw - side) / 2;
            sy = (sh - side) / 2;
            sw = side;
            sh = side;
        } else if (sw > sh) {
            th = Math.max(1, Math.round(n * (double) sh / sw));
            ty = Math.floor((n - th) / 2);
        } else if (sh > sw) {
            tw = Math.max(1, Math.round(n * (double) sw / sh));
            tx = Math.floor((n - tw) / 2);
        }
        int[] out = new int[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (x < tx || x >= tx + tw || y < ty || y >= ty + th) {
                    continue;
                }
                double u0 = sx + (x - tx) * sw / tw;
                double u1 = sx + (x + 1 - tx) * sw / tw;
                double v0 = sy + (y - ty) * sh / th;
                double v1 = sy + (y + 1 - ty) * sh / th;
                out[y * n + x] = options.scaling() == Scaling.NEAREST
                        ? picture.argb()[(int) ((v0 + v1) / 2) * picture.width() + (int) ((u0 + u1) / 2)]
                        : average(picture, u0, u1, v0, v1);
            }
        }
        return options.reduction().apply(IconImage.of(out));
    }

    /** The area-weighted mean of the source pixels under [u0,u1) x [v0,v1), alpha-weighted (premultiplied). */
    private static int average(Picture picture, double u0, double u1, double v0, double v1) {
        double a = 0;
        double r = 0;
        double g = 0;
        double b = 0;
        double area = 0;
        for (int v = (int) Math.floor(v0); v < Math.ceil(v1); v++) {
            double wy = Math.min(v + 1, v1) - Math.max(v, v0);
            for (int u = (int) Math.floor(u0); u < Math.ceil(u1); u++) {
                double w = wy * (Math.min(u + 1, u1) - Math.max(u, u0));
                if (w <= 0) {
                    continue;
                }
                int c = picture.argb()[v * picture.width() + u];
                double alpha = (c >>> 24) / 255.0;
                a += w * alpha;
                r += w * alpha * ((c >> 16) & 0xff);
                g += w * alpha * ((c >> 8) & 0xff);
                b += w * alpha * (c & 0xff);
                area += w;
            }
        }
        if (a <= 0) {
            return IconImage.TRANSPARENT;
        }
        int alpha = (int) Math.round(255 * a / area);
        return alpha << 24 | channel(r / a) << 16 | channel(g / a) << 8 | channel(b / a);
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** "PNG", "JPEG" or "GIF" from the first bytes, whatever the file is called. */
    static String format(byte[] file) throws BadImageException {
        if (file.length == 0) {
            throw new BadImageException("The file is empty.");
        }
        if (file.length >= 8 && java.util.Arrays.equals(file, 0, 8, IconPng.SIGNATURE, 0, 8)) {
            return "PNG";
        }
        if (file.length >= 3 && (file[0] & 0xff) == 0xff && (file[1] & 0xff) == 0xd8 && (file[2] & 0xff) == 0xff) {
            return "JPEG";
        }
        if (file.length >= 6) {
            String head = new String(file, 0, 6, StandardCharsets.US_ASCII);
            if (head.equals("GIF87a") || head.equals("GIF89a")) {
                return "GIF";
            }
        }
        throw new BadImageException("This file is not a picture that can be imported: choose a PNG, JPEG or GIF.");
    }

    /** Refuses a file whose end marker is missing: it was cut short (a broken download or copy). */
    static void checkWhole(byte[] file, String format) throws BadImageException {
        boolean whole = switch (format) {
            case "PNG" -> indexOf(file, "IEND".getBytes(StandardCharsets.US_ASCII)) >= 0;
            case "JPEG" -> endsWithin(file, new byte[] {(byte) 0xff, (byte) 0xd9}, 64);
            case "GIF" -> endsWithin(file, new byte[] {0x3b}, 8);
            default -> true;
        };
        if (!whole) {
            throw new BadImageException("The " + format + " file is cut short (its end is missing). "
                    + "Try the original file again.");
        }
    }

    private static boolean endsWithin(byte[] file, byte[] marker, int tail) {
        for (int at = file.length - marker.length; at >= Math.max(0, file.length - tail); at--) {
            if (java.util.Arrays.equals(file, at, at + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] file, byte[] marker) {
        outer:
        for (int at = file.length - marker.length; at >= 8; at--) {
            for (int i = 0; i < marker.length; i++) {
                if (file[at + i] != marker[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }
}
