package com.yotosmartstream.icons.testing;

import com.yotosmartstream.icons.codec.IconGif;
import com.yotosmartstream.icons.codec.IconPng;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the picture fuzz tests' seed corpora (ADR 0052) with the module's own encoders and
 * ImageIO, so a seed can be made again: {@code mvn -pl icons -am test -Dtest=SeedCorpusWriter
 * -Dfuzz.writeSeeds=true}. Crash inputs found by fuzzing are kept beside these ({@code crash-*}).
 */
@EnabledIfSystemProperty(named = "fuzz.writeSeeds", matches = "true")
class SeedCorpusWriter {

    private static final Path RESOURCES = Path.of("src/test/resources/com/yotosmartstream/icons/codec/ImageImportFuzzTestInputs");

    private static void seed(String target, String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(RESOURCES.resolve(target));
        Files.write(dir.resolve(name), bytes);
    }

    private static IconImage pattern(int shift) {
        int[] argb = new int[IconImage.SIZE * IconImage.SIZE];
        for (int i = 0; i < argb.length; i++) {
            int x = i % IconImage.SIZE;
            int y = i / IconImage.SIZE;
            argb[i] = (x + y + shift) % 5 == 0 ? IconImage.TRANSPARENT : 0xFF000000 | (x * 16) << 16 | (y * 16) << 8 | shift * 40;
        }
        return IconImage.of(argb);
    }

    private static byte[] imageIo(int width, int height, int type, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xFF000000 | (x * 7) << 16 | (y * 5) << 8 | (x ^ y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void writeSeeds() throws IOException {
        seed("png", "icon-16-rgba", IconPng.encode(pattern(0)));
        seed("png", "photo-24x20-rgb", imageIo(24, 20, BufferedImage.TYPE_INT_RGB, "png"));
        seed("png", "indexed-5x3", imageIo(5, 3, BufferedImage.TYPE_BYTE_INDEXED, "png"));
        seed("png", "jpeg-17x9", imageIo(17, 9, BufferedImage.TYPE_INT_RGB, "jpeg"));
        seed("gif", "still-16", IconGif.encode(IconAnimation.still(pattern(1))));
        seed("gif", "three-frames", IconGif.encode(IconAnimation.of(List.of(new IconAnimation.Frame(pattern(1), 100),
                new IconAnimation.Frame(pattern(2), 200), new IconAnimation.Frame(pattern(3), 40)))));
        seed("gif", "imageio-20x12", imageIo(20, 12, BufferedImage.TYPE_BYTE_INDEXED, "gif"));
    }
}
