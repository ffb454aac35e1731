package com.yotosmartstream.icons.codec;

import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Animated icons as Yoto takes them without conversion: a GIF89a whose logical screen is 16x16,
 * every frame a full 16x16 image with its own colour table (index 0 transparent), its duration in
 * hundredths of a second, cleared before the next (so transparent pixels never show an earlier
 * frame), looping for ever. GIF has no partial transparency: pixels under half opaque become
 * transparent, the others opaque. A frame with more than 255 colours is reduced (median cut).
 * The same frames always give the same bytes.
 */
public final class IconGif {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";
    private static final int N = IconImage.SIZE;

    private IconGif() {
    }

    public static byte[] encode(IconAnimation animation) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < animation.size(); i++) {
                BufferedImage image = indexed(animation.image(i));
                IIOMetadata metadata = writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(image), null);
                describe(metadata, (IndexColorModel) image.getColorModel(), animation.frame(i).durationMs(), i == 0);
                writer.writeToSequence(new IIOImage(image, null, metadata), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a GIF to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Reads a GIF (any size, any number of frames up to the limit) as an icon animation, exactly for a 16x16 one. */
    public static IconAnimation decode(byte[] gif) throws BadImageException {
        return ImageImport.toAnimation(gif, new ImageImport.Options(ImageImport.Scaling.NEAREST,
                ImageImport.Framing.CROP, new Reduction.None()));
    }

    /** Whether the bytes are a GIF whose logical screen is 16x16 (what Yoto checks). */
    public static boolean isYotoReady(byte[] gif) {
        return gif.length > 10 && new String(gif, 0, 6, java.nio.charset.StandardCharsets.US_ASCII).equals("GIF89a")
                && (gif[6] & 0xff | (gif[7] & 0xff) << 8) == N && (gif[8] & 0xff | (gif[9] & 0xff) << 8) == N;
    }

    /** The frame as an indexed image: index 0 transparent, then its colours in order of first use. */
    private static BufferedImage indexed(IconImage frame) {
        int[] pixels = frame.pixels();
        Map<Integer, Integer> index = colourIndex(pixels);
        if (index.size() > 256) {
            pixels = new Reduction.ToColours(255).apply(frame).pixels();
            index = colourIndex(pixels);
        }
        int size = 2;
        while (size < index.size()) {
            size *= 2;
        }
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        for (Map.Entry<Integer, Integer> entry : index.entrySet()) {
            int c = entry.getKey();
            r[entry.getValue()] = (byte) (c >> 16);
            g[entry.getValue()] = (byte) (c >> 8);
            b[entry.getValue()] = (byte) c;
        }
        IndexColorModel model = new IndexColorModel(8, size, r, g, b, 0);
        BufferedImage image = new BufferedImage(N, N, BufferedImage.TYPE_BYTE_INDEXED, model);
        WritableRaster raster = image.getRaster();
        for (int i = 0; i < pixels.length; i++) {
            raster.setSample(i % N, i / N, 0, index.get(opaqueOrClear(pixels[i])));
        }
        return image;
    }

    private static Map<Integer, Integer> colourIndex(int[] pixels) {
        Map<Integer, Integer> index = new LinkedHashMap<>();
        index.put(IconImage.TRANSPARENT, 0);
        for (int c : pixels) {
            index.putIfAbsent(opaqueOrClear(c), index.size());
        }
        return index;
    }

    private static int opaqueOrClear(int argb) {
        return (argb >>> 24) < 128 ? IconImage.TRANSPARENT : argb | 0xff000000;
    }

    /**
     * The frame's metadata: ImageIO's defaults are a 1x1 interlaced image with a web-safe colour
     * table, so the descriptor, the frame's own colour table, its timing and (first frame) the loop
     * are all set here.
     */
    private static void describe(IIOMetadata metadata, IndexColorModel colours, int durationMs, boolean first)
            throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", "0");
        descriptor.setAttribute("imageTopPosition", "0");
        descriptor.setAttribute("imageWidth", Integer.toString(N));
        descriptor.setAttribute("imageHeight", Integer.toString(N));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(colours.getMapSize()));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < colours.getMapSize(); i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(colours.getRed(i)));
            entry.setAttribute("green", Integer.toString(colours.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(colours.getBlue(i)));
            table.appendChild(entry);
        }
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "restoreToBackgroundColor");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "TRUE");
        control.setAttribute("delayTime", Integer.toString(durationMs / 10));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // loop for ever
            extensions.appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** The durations in a GIF's frames, in milliseconds (for tests and diagnostics). */
    static List<Integer> durations(IconAnimation animation) {
        List<Integer> list = new ArrayList<>();
        animation.frames().forEach(f -> list.add(f.durationMs()));
        return list;
    }
}
