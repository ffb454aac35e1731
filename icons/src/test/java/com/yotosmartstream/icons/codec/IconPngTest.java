package com.yotosmartstream.icons.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.icons.model.IconImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IconPngTest {

    /** Every kind of pixel: opaque colours, partial alpha, full transparency. */
    private static IconImage sample() {
        Random random = new Random(7);
        int[] argb = new int[256];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = switch (i % 4) {
                case 0 -> 0xff000000 | random.nextInt(0x1000000);
                case 1 -> random.nextInt();
                case 2 -> 0;
                default -> 0xffffffff;
            };
        }
        return IconImage.of(argb);
    }

    @Test
    void bytesDecodeToTheSame256ArgbValues() throws Exception {
        IconImage image = sample();

        byte[] png = IconPng.encode(image);

        assertThat(IconPng.decode(png).pixels()).containsExactly(image.pixels());
    }

    @Test
    void theBytesFollowYotosRulesChunkByChunk() {
        byte[] png = IconPng.encode(sample());
        ByteBuffer b = ByteBuffer.wrap(png);

        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(chunkTypes(png)).containsExactly("IHDR", "IDAT", "IEND");
        assertThat(b.getInt(8)).as("IHDR length").isEqualTo(13);
        assertThat(b.getInt(16)).as("width").isEqualTo(16);
        assertThat(b.getInt(20)).as("height").isEqualTo(16);
        assertThat(png[24]).as("8 bits per channel").isEqualTo((byte) 8);
        assertThat(png[25]).as("colour type 6: truecolour with alpha, no palette").isEqualTo((byte) 6);
        assertThat(png[26]).as("deflate").isZero();
        assertThat(png[27]).as("adaptive filtering").isZero();
        assertThat(png[28]).as("not interlaced").isZero();
        assertThat(IconPng.isYotoReady(png)).isTrue();
    }

    @Test
    void aBlankIconIsStillThirtyTwoBitRgbaAndTiny() throws Exception {
        byte[] png = IconPng.encode(IconImage.blank());

        assertThat(IconPng.isYotoReady(png)).isTrue();
        assertThat(png.length).isLessThan(100);
        assertThat(IconPng.decode(png).isBlank()).isTrue();
    }

    @Test
    void theSamePixelsAlwaysGiveTheSameBytes() {
        assertThat(IconPng.encode(sample())).containsExactly(IconPng.encode(IconImage.of(sample().pixels())));
        assertThat(IconPng.encode(sample())).isNotEqualTo(IconPng.encode(sample().with(0, 0, 0xff123456)));
    }

    @Test
    void imageIoReadsTheSamePixelsAsFourByteRgba() throws Exception {
        IconImage image = sample();

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(IconPng.encode(image)));

        assertThat(read.getWidth()).isEqualTo(16);
        assertThat(read.getColorModel().hasAlpha()).isTrue();
        assertThat(read.getColorModel().getPixelSize()).isEqualTo(32);
        assertThat(read.getColorModel()).isNotInstanceOf(java.awt.image.IndexColorModel.class);
        assertThat(IconImage.of(read.getRGB(0, 0, 16, 16, null, 0, 16))).isEqualTo(image);
    }

    @Test
    void anRgbaPngWrittenByAnotherEncoderWithRowFiltersDecodesExactly() throws Exception {
        IconImage image = sample();
        BufferedImage rgba = new BufferedImage(16, 16, BufferedImage.TYPE_4BYTE_ABGR);
        rgba.setRGB(0, 0, 16, 16, image.pixels(), 0, 16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgba, "png", out);

        assertThat(IconPng.decode(out.toByteArray())).isEqualTo(image);
    }

    @Test
    void aPalettePngOrAnotherSizeIsRefusedAsAnIcon() throws Exception {
        BufferedImage indexed = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(indexed, "png", out);
        BufferedImage big = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream bigOut = new ByteArrayOutputStream();
        ImageIO.write(big, "png", bigOut);

        assertThat(IconPng.isYotoReady(out.toByteArray())).isFalse();
        assertThat(IconPng.isYotoReady(bigOut.toByteArray())).isFalse();
        assertThatThrownBy(() -> IconPng.decode(out.toByteArray())).isInstanceOf(BadImageException.class)
                .hasMessageContaining("not a 16x16 32-bit RGBA icon");
    }

    @Test
    void truncatedOrDamagedBytesAreRefusedWithAReason() {
        byte[] png = IconPng.encode(sample());
        byte[] cut = Arrays.copyOf(png, png.length - 20);
        byte[] damaged = png.clone();
        damaged[45] ^= 0x40;

        assertThatThrownBy(() -> IconPng.decode(cut)).isInstanceOf(BadImageException.class)
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> IconPng.decode(damaged)).isInstanceOf(BadImageException.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> IconPng.decode("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(BadImageException.class).hasMessageContaining("not a PNG");
    }

    static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        int at = 8;
        while (at < png.length) {
            types.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
            at += 12 + b.getInt(at);
        }
        return types;
    }
}
