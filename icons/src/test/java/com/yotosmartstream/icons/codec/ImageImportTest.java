package com.yotosmartstream.icons.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yotosmartstream.icons.codec.ImageImport.Framing;
import com.yotosmartstream.icons.codec.ImageImport.Options;
import com.yotosmartstream.icons.codec.ImageImport.Scaling;
import com.yotosmartstream.icons.model.IconImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageImportTest {

    private static final Options NEAREST = new Options(Scaling.NEAREST, Framing.CROP, new Reduction.None());
    private static final Options AVERAGE = new Options(Scaling.AREA_AVERAGE, Framing.CROP, new Reduction.None());

    @Test
    void aPhotoOfARedBallOnBlueSkyBecomesARecognisableIcon() throws Exception {
        byte[] jpeg = encode(photo(), "jpg");

        IconImage icon = ImageImport.toIcon(jpeg, AVERAGE);

        assertThat(red(icon.get(8, 8))).as("the ball in the middle").isGreaterThan(170);
        assertThat(blue(icon.get(8, 8))).isLessThan(90);
        for (int[] corner : new int[][] {{0, 0}, {15, 0}, {0, 15}, {15, 15}}) {
            int c = icon.get(corner[0], corner[1]);
            assertThat(blue(c)).as("sky at " + Arrays.toString(corner)).isGreaterThan(150);
            assertThat(red(c)).isLessThan(110);
            assertThat(c >>> 24).isEqualTo(255);
        }
    }

    @Test
    void areaAverageSmoothsNoiseWhereNearestKeepsSinglePixels() throws Exception {
        // a 160x160 checkerboard of 1-pixel black and white: the average is mid grey, nearest is black or white
        BufferedImage board = new BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 160; y++) {
            for (int x = 0; x < 160; x++) {
                board.setRGB(x, y, (x + y) % 2 == 0 ? 0xffffff : 0);
            }
        }
        byte[] png = encode(board, "png");

        IconImage average = ImageImport.toIcon(png, AVERAGE);
        IconImage nearest = ImageImport.toIcon(png, NEAREST);

        assertThat(red(average.get(5, 5))).isBetween(120, 135);
        assertThat(red(nearest.get(5, 5))).isIn(0, 255);
    }

    @Test
    void pixelArtAtEightTimesTheSizeComesBackExactlyWithNearest() throws Exception {
        IconImage art = IconImage.blank().with(0, 0, 0xffff0000).with(15, 15, 0xff00ff00).with(7, 8, 0xff0000ff);
        BufferedImage big = new BufferedImage(128, 128, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                big.setRGB(x, y, art.get(x / 8, y / 8));
            }
        }

        assertThat(ImageImport.toIcon(encode(big, "png"), NEAREST)).isEqualTo(art);
        assertThat(ImageImport.toIcon(encode(big, "png"), AVERAGE)).isEqualTo(art);
    }

    @Test
    void cropTakesTheMiddleSquareAndFitKeepsTheWholePictureWithTransparentMargins() throws Exception {
        // 64x32: left half red, right half green
        BufferedImage wide = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                wide.setRGB(x, y, x < 32 ? 0xffff0000 : 0xff00ff00);
            }
        }
        byte[] png = encode(wide, "png");

        IconImage crop = ImageImport.toIcon(png, new Options(Scaling.NEAREST, Framing.CROP, new Reduction.None()));
        IconImage fit = ImageImport.toIcon(png, new Options(Scaling.NEAREST, Framing.FIT, new Reduction.None()));

        assertThat(crop.get(0, 0)).isEqualTo(0xffff0000);
        assertThat(crop.get(15, 15)).isEqualTo(0xff00ff00);
        assertThat(fit.get(0, 0)).as("top margin").isZero();
        assertThat(fit.get(0, 3)).isZero();
        assertThat(fit.get(0, 4)).isEqualTo(0xffff0000);
        assertThat(fit.get(15, 11)).isEqualTo(0xff00ff00);
        assertThat(fit.get(15, 12)).as("bottom margin").isZero();
    }

    @Test
    void transparencyOfAPngAndAGifIsKept() throws Exception {
        BufferedImage half = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 16; x++) {
                half.setRGB(x, y, 0xff2e7d32);
            }
        }

        IconImage fromPng = ImageImport.toIcon(encode(half, "png"), AVERAGE);
        IconImage fromGif = ImageImport.toIcon(encode(half, "gif"), NEAREST);

        assertThat(fromPng.get(0, 0)).isEqualTo(0xff2e7d32);
        assertThat(fromPng.get(15, 0)).isEqualTo(IconImage.TRANSPARENT);
        assertThat(fromGif.get(15, 0)).isEqualTo(IconImage.TRANSPARENT);
        assertThat(fromGif.get(0, 15) >>> 24).isEqualTo(255);
    }

    @Test
    void reducingToAPaletteUsesOnlyItsColoursAndMakesAlphaAllOrNothing() throws Exception {
        List<Integer> palette = List.of(0xff000000, 0xffffffff, 0xffff0000, 0xff0000ff);
        IconImage photo = ImageImport.toIcon(encode(photo(), "png"), AVERAGE);

        IconImage reduced = new Reduction.ToPalette(palette).apply(photo);

        assertThat(Arrays.stream(reduced.pixels()).boxed().filter(c -> c != 0).distinct())
                .isSubsetOf(palette);
        assertThat(reduced.get(8, 8)).isEqualTo(0xffff0000);
        assertThat(reduced.get(0, 0)).isEqualTo(0xff0000ff);
    }

    @Test
    void reducingToFourColoursKeepsAtMostFour() throws Exception {
        IconImage photo = ImageImport.toIcon(encode(photo(), "png"), AVERAGE);
        assertThat(photo.colourCount()).isGreaterThan(8);

        IconImage reduced = new Reduction.ToColours(4).apply(photo);

        assertThat(reduced.colourCount()).isLessThanOrEqualTo(4);
        assertThat(red(reduced.get(8, 8))).isGreaterThan(150);
        assertThat(blue(reduced.get(0, 0))).isGreaterThan(150);
    }

    @Test
    void aFileThatIsNotAPictureSaysWhatToChoose() {
        byte[] text = "This is my shopping list".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImageImport.toIcon(text, AVERAGE)).isInstanceOf(BadImageException.class)
                .hasMessage("This file is not a picture that can be imported: choose a PNG, JPEG or GIF.");
        assertThatThrownBy(() -> ImageImport.toIcon(new byte[0], AVERAGE)).hasMessage("The file is empty.");
    }

    @Test
    void truncatedPngJpegAndGifFilesAreRefused() throws Exception {
        for (String format : List.of("png", "jpg", "gif")) {
            byte[] whole = encode(photo(), format);
            byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);

            assertThatThrownBy(() -> ImageImport.toIcon(cut, AVERAGE)).as(format)
                    .isInstanceOf(BadImageException.class).hasMessageContaining("cut short");
        }
    }

    @Test
    void aPngWhoseDataIsDamagedIsRefused() throws Exception {
        byte[] png = encode(photo(), "png");
        byte[] damaged = png.clone();
        for (int i = 100; i < 400; i++) {
            damaged[i] = (byte) 0x55;
        }

        assertThatThrownBy(() -> ImageImport.toIcon(damaged, AVERAGE)).isInstanceOf(BadImageException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void aHugePictureIsRefusedFromItsHeaderBeforeItIsDecoded() throws Exception {
        // a PNG header claiming 20000 x 20000 pixels with almost no data: decoding would need 1.6 GB
        byte[] bomb = pngHeaderOnly(20_000, 20_000);

        assertThatThrownBy(() -> ImageImport.read(bomb)).isInstanceOf(BadImageException.class)
                .hasMessageContaining("20000 x 20000 pixels, too big to import");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        byte[] big = new byte[(int) ImageImport.MAX_BYTES + 1];

        assertThatThrownBy(() -> ImageImport.read(big)).isInstanceOf(BadImageException.class)
                .hasMessageContaining("MB can be imported");
    }

    @Test
    void theFirstFrameOfAnAnimatedGifIsImported() throws Exception {
        BufferedImage frame = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                frame.setRGB(x, y, 0xff0000);
            }
        }
        IconImage icon = ImageImport.toIcon(encode(frame, "gif"), NEAREST);
        assertThat(icon).isEqualTo(IconImage.filled(0xffff0000));
    }

    /** A 320x240 "photo": blue sky with noise, a red ball in the middle. */
    static BufferedImage photo() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(40, 90, 220));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(220, 30, 30));
        g.fillOval(110, 70, 100, 100);
        g.dispose();
        Random random = new Random(3);
        for (int i = 0; i < 5000; i++) {
            int x = random.nextInt(320);
            int y = random.nextInt(240);
            int c = image.getRGB(x, y);
            image.setRGB(x, y, c ^ 0x0f0f0f);
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(IconPng.SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }
}
