package com.yotosmartstream.icons.codec;

import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * The frames of an animated GIF as the viewer sees them: each frame drawn at its place on the
 * logical screen over what the previous frames left (after their disposal), then scaled to 16x16.
 */
final class GifFrames {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";
    /** What a GIF frame without a delay is shown for (browsers do about the same). */
    private static final int DEFAULT_DELAY_MS = 100;

    private GifFrames() {
    }

    static IconAnimation read(byte[] file, ImageImport.Options options) throws BadImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                reader.setInput(in, false, false);
                int[] screen = logicalScreen(reader);
                long pixels = (long) screen[0] * screen[1];
                if (screen[0] < 1 || screen[1] < 1 || pixels > ImageImport.MAX_PIXELS) {
                    throw new BadImageException("The picture is " + screen[0] + " x " + screen[1]
                            + " pixels, too big to import. Make it smaller than 40 megapixels first.");
                }
                int[] canvas = new int[(int) pixels];
                List<IconAnimation.Frame> frames = new ArrayList<>();
                for (int i = 0; i < IconAnimation.MAX_FRAMES; i++) {
                    BufferedImage image;
                    try {
                        // a frame's own size comes from its descriptor, read without its pixels: a 16x16 screen
                        // whose frame said 65535 x 65535 made ImageIO allocate gigabytes (a fuzzing finding)
                        long framePixels = (long) reader.getWidth(i) * reader.getHeight(i);
                        if (framePixels > ImageImport.MAX_PIXELS) {
                            throw new BadImageException("Picture " + (i + 1) + " of the GIF says it is "
                                    + reader.getWidth(i) + " x " + reader.getHeight(i) + " pixels, too big to import;"
                                    + " the file is damaged or not meant as an icon.");
                        }
                        image = reader.read(i);
                    } catch (IndexOutOfBoundsException end) {
                        break;
                    }
                    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT);
                    int left = intAttribute(root, "ImageDescriptor", "imageLeftPosition", 0);
                    int top = intAttribute(root, "ImageDescriptor", "imageTopPosition", 0);
                    int delay = intAttribute(root, "GraphicControlExtension", "delayTime", 0) * 10;
                    String disposal = attribute(root, "GraphicControlExtension", "disposalMethod", "none");
                    int[] before = disposal.equals("restoreToPrevious") ? canvas.clone() : null;
                    draw(canvas, screen[0], screen[1], image, left, top);
                    IconImage icon = ImageImport.toIcon(new ImageImport.Picture(screen[0], screen[1], canvas.clone(),
                            "GIF"), options);
                    frames.add(new IconAnimation.Frame(icon, delay <= 0 ? DEFAULT_DELAY_MS : delay));
                    if (disposal.equals("restoreToBackgroundColor")) {
                        clear(canvas, screen[0], screen[1], left, top, image.getWidth(), image.getHeight());
                    } else if (before != null) {
                        canvas = before;
                    }
                }
                if (frames.isEmpty()) {
                    throw new BadImageException("The GIF file has no pictures in it.");
                }
                return IconAnimation.of(frames);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadImageException("The GIF file could not be read: it is damaged or cut short. "
                    + "Try the original file again.", e);
        }
    }

    private static int[] logicalScreen(ImageReader reader) throws IOException {
        IIOMetadata stream = reader.getStreamMetadata();
        if (stream != null) {
            IIOMetadataNode root = (IIOMetadataNode) stream.getAsTree(STREAM_FORMAT);
            int w = intAttribute(root, "LogicalScreenDescriptor", "logicalScreenWidth", 0);
            int h = intAttribute(root, "LogicalScreenDescriptor", "logicalScreenHeight", 0);
            if (w > 0 && h > 0) {
                return new int[] {w, h};
            }
        }
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
    }

    /** Draws the frame over the canvas: its transparent pixels leave what is under them. */
    private static void draw(int[] canvas, int width, int height, BufferedImage image, int left, int top) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int cx = left + x;
                int cy = top + y;
                int c = image.getRGB(x, y);
                if (cx < width && cy < height && (c >>> 24) != 0) {
                    canvas[cy * width + cx] = c;
                }
            }
        }
    }

    private static void clear(int[] canvas, int width, int height, int left, int top, int w, int h) {
        for (int y = top; y < Math.min(height, top + h); y++) {
            for (int x = left; x < Math.min(width, left + w); x++) {
                canvas[y * width + x] = 0;
            }
        }
    }

    private static String attribute(IIOMetadataNode root, String node, String name, String fallback) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals(node) && child instanceof IIOMetadataNode element
                    && element.hasAttribute(name)) {
                return element.getAttribute(name);
            }
        }
        return fallback;
    }

    private static int intAttribute(IIOMetadataNode root, String node, String name, int fallback) {
        try {
            return Integer.parseInt(attribute(root, node, name, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
