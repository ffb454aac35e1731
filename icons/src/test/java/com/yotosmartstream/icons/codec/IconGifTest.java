package com.yotosmartstream.icons.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconAnimation.Frame;
import com.yotosmartstream.icons.model.IconImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class IconGifTest {

    /** A red dot moving right over three frames, on transparency, with a blue bar that stays. */
    private static IconAnimation blink() {
        IconImage base = IconImage.blank().with(0, 15, 0xff0000ff).with(1, 15, 0xff0000ff);
        return IconAnimation.of(List.of(new Frame(base.with(2, 2, 0xffff0000), 100),
                new Frame(base.with(3, 2, 0xffff0000), 250), new Frame(base.with(4, 2, 0xffff0000), 1000)));
    }

    @Test
    void framesAndDurationsComeBackExactly() throws Exception {
        byte[] gif = IconGif.encode(blink());

        IconAnimation read = IconGif.decode(gif);

        assertThat(read).isEqualTo(blink());
        assertThat(IconGif.durations(read)).containsExactly(100, 250, 1000);
        assertThat(read.image(1).get(2, 2)).as("the earlier dot is cleared, not left behind").isZero();
    }

    @Test
    void theBytesAreAGif89aWithASixteenBySixteenScreenThatLoops() {
        byte[] gif = IconGif.encode(blink());

        assertThat(new String(gif, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
        assertThat(IconGif.isYotoReady(gif)).isTrue();
        assertThat(new String(gif, StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0");
        assertThat(gif[gif.length - 1]).as("trailer").isEqualTo((byte) 0x3b);
        assertThat(IconGif.encode(blink())).as("the same frames give the same bytes").isEqualTo(gif);
    }

    @Test
    void anotherReaderSeesThreeSixteenBySixteenFrames() throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(IconGif.encode(blink())))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            BufferedImage first = reader.read(0);
            assertThat(first.getWidth()).isEqualTo(16);
            assertThat(first.getRGB(2, 2)).isEqualTo(0xffff0000);
            assertThat(first.getRGB(8, 8) >>> 24).isZero();
        }
    }

    @Test
    void partialTransparencyBecomesAllOrNothing() throws Exception {
        IconImage soft = IconImage.blank().with(0, 0, 0x40ff0000).with(1, 0, 0xc000ff00);

        IconImage read = IconGif.decode(IconGif.encode(IconAnimation.still(soft))).first();

        assertThat(read.get(0, 0)).isZero();
        assertThat(read.get(1, 0)).isEqualTo(0xff00ff00);
    }

    @Test
    void aFrameOfTwoHundredFiftySixColoursIsReducedToFitAGifTable() throws Exception {
        int[] all = new int[256];
        for (int i = 0; i < 256; i++) {
            all[i] = 0xff000000 | i << 16 | (255 - i) << 8 | (i * 7 & 0xff);
        }

        IconImage read = IconGif.decode(IconGif.encode(IconAnimation.still(IconImage.of(all)))).first();

        assertThat(read.colourCount()).isLessThanOrEqualTo(255);
        assertThat(Arrays.stream(read.pixels()).allMatch(c -> c >>> 24 == 255)).isTrue();
    }

    @Test
    void aBigAnimatedGifImportsEveryFrameScaledWithItsDurations() throws Exception {
        // 64x64, two frames: a red left half, then a blue right half added by a 32x64 sub-frame
        byte[] big = twoFrameGif();

        IconAnimation animation = ImageImport.toAnimation(big, new ImageImport.Options(ImageImport.Scaling.NEAREST,
                ImageImport.Framing.CROP, new Reduction.None()));

        assertThat(animation.size()).isEqualTo(2);
        assertThat(animation.image(0).get(0, 0)).isEqualTo(0xffff0000);
        assertThat(animation.image(0).get(15, 0)).isZero();
        assertThat(animation.image(1).get(0, 0)).as("the first frame stays under the second").isEqualTo(0xffff0000);
        assertThat(animation.image(1).get(15, 0)).isEqualTo(0xff0000ff);
        assertThat(IconGif.durations(animation)).containsExactly(300, 100);
    }

    @Test
    void aStillPictureImportsAsOneFrameAndACutGifIsRefused() throws Exception {
        byte[] png = IconPng.encode(IconImage.filled(0xff00ff00));
        assertThat(ImageImport.toAnimation(png, ImageImport.Options.defaults()).size()).isEqualTo(1);

        byte[] gif = IconGif.encode(blink());
        byte[] cut = Arrays.copyOf(gif, gif.length - 30);
        assertThatThrownBy(() -> ImageImport.toAnimation(cut, ImageImport.Options.defaults()))
                .isInstanceOf(BadImageException.class).hasMessageContaining("cut short");
    }

    @Test
    void aFrameThatClaimsGigapixelsIsRefusedBeforeItsPixelsAreRead() throws Exception {
        byte[] gif = IconGif.encode(blink());
        int descriptor = firstImageDescriptor(gif);
        gif[descriptor + 5] = (byte) 0xff; // width 65535 (little-endian), the screen stays 16 x 16
        gif[descriptor + 6] = (byte) 0xff;
        gif[descriptor + 7] = (byte) 0xff; // height 65535: ImageIO allocated 4 GB for it (a fuzzing finding)
        gif[descriptor + 8] = (byte) 0xff;

        assertThatThrownBy(() -> ImageImport.toAnimation(gif, ImageImport.Options.defaults()))
                .isInstanceOf(BadImageException.class).hasMessageContaining("65535 x 65535 pixels, too big");
    }

    /** Where the first image descriptor (0x2C) starts: after the header, screen, colour table and extensions. */
    private static int firstImageDescriptor(byte[] gif) {
        int flags = gif[10] & 0xff;
        int p = 13 + ((flags & 0x80) != 0 ? 3 * (1 << ((flags & 7) + 1)) : 0);
        while (gif[p] == 0x21) { // an extension: label, then sub-blocks up to a zero length
            p += 2;
            while (gif[p] != 0) {
                p += (gif[p] & 0xff) + 1;
            }
            p++;
        }
        assertThat(gif[p]).isEqualTo((byte) 0x2c);
        return p;
    }

    /** Written with ImageIO: frame 1 is a 32x64 red block at (0,0) shown 0.3 s; frame 2 a 32x64 blue block at (32,0). */
    private static byte[] twoFrameGif() throws Exception {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            javax.imageio.metadata.IIOMetadata stream = writer.getDefaultStreamMetadata(null);
            javax.imageio.metadata.IIOMetadataNode streamRoot = (javax.imageio.metadata.IIOMetadataNode)
                    stream.getAsTree("javax_imageio_gif_stream_1.0");
            javax.imageio.metadata.IIOMetadataNode screen = new javax.imageio.metadata.IIOMetadataNode(
                    "LogicalScreenDescriptor");
            screen.setAttribute("logicalScreenWidth", "64");
            screen.setAttribute("logicalScreenHeight", "64");
            screen.setAttribute("colorResolution", "8");
            screen.setAttribute("pixelAspectRatio", "0");
            streamRoot.appendChild(screen);
            stream.setFromTree("javax_imageio_gif_stream_1.0", streamRoot);
            writer.prepareWriteSequence(stream);
            int[][] spec = {{0xffff0000, 0, 30}, {0xff0000ff, 32, 10}};
            for (int[] f : spec) {
                BufferedImage block = new BufferedImage(32, 64, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 64; y++) {
                    for (int x = 0; x < 32; x++) {
                        block.setRGB(x, y, f[0]);
                    }
                }
                var type = javax.imageio.ImageTypeSpecifier.createFromRenderedImage(block);
                javax.imageio.metadata.IIOMetadata md = writer.getDefaultImageMetadata(type, null);
                var root = (javax.imageio.metadata.IIOMetadataNode) md.getAsTree("javax_imageio_gif_image_1.0");
                for (int i = 0; i < root.getLength(); i++) {
                    var node = (javax.imageio.metadata.IIOMetadataNode) root.item(i);
                    if (node.getNodeName().equals("ImageDescriptor")) {
                        node.setAttribute("imageLeftPosition", Integer.toString(f[1]));
                    }
                    if (node.getNodeName().equals("GraphicControlExtension")) {
                        node.setAttribute("delayTime", Integer.toString(f[2]));
                        node.setAttribute("disposalMethod", "doNotDispose");
                    }
                }
                md.setFromTree("javax_imageio_gif_image_1.0", root);
                writer.writeToSequence(new javax.imageio.IIOImage(block, null, md), null);
            }
            writer.endWriteSequence();
        }
        return bytes.toByteArray();
    }
}
