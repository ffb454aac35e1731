import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the app's icon from its 16x16 pixel source (installer/src/icon/yoto-smart-stream.txt) at every
 * size the OSes ask for and writes the files the app and jpackage use: PNGs, a Windows .ico and a macOS
 * .icns (ADR 0075). Run from the repository root by scripts/icons.sh; {@code --check} writes nothing and
 * fails when a committed file does not show what the source draws. Needs only the JDK.
 */
public final class AppIcon {

    static final Path SOURCE = Path.of("installer/src/icon/yoto-smart-stream.txt");
    static final String APP_ICONS = "app/src/main/resources/com/yotosmartstream/app/ui/app-icon-%d.png";
    static final Path INSTALLER = Path.of("installer/src/jpackage");
    static final int[] APP_SIZES = {16, 32, 48, 64, 128, 256};
    static final int[] ICO_SIZES = {16, 32, 48, 64, 128, 256};
    /** macOS icon types that hold a PNG, and its size (Apple's icns types; the @2x ones repeat a size). */
    static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic10", 1024);
        ICNS_TYPES.put("ic11", 32);
        ICNS_TYPES.put("ic12", 64);
        ICNS_TYPES.put("ic13", 256);
        ICNS_TYPES.put("ic14", 512);
    }

    /** From this scale on, display pixels are drawn as separate LEDs. */
    static final int LED_SCALE = 4;

    private final int[][] pixels = new int[16][16];
    private final boolean[][] led = new boolean[16][16];

    AppIcon(List<String> lines) {
        Map<Character, Integer> colours = new HashMap<>();
        Map<Character, Boolean> leds = new HashMap<>();
        colours.put('.', 0);
        leds.put('.', false);
        List<String> rows = new ArrayList<>();
        boolean inPixels = false;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (inPixels) {
                rows.add(line.strip());
            } else if (line.strip().equals("pixels")) {
                inPixels = true;
            } else {
                String[] parts = line.strip().split("\\s+");
                if (!parts[0].equals("colour") || parts.length < 3 || parts[1].length() != 1 || !parts[2].matches("#[0-9A-Fa-f]{6}")) {
                    throw new IllegalArgumentException("not a colour line: " + line);
                }
                colours.put(parts[1].charAt(0), 0xFF000000 | Integer.parseInt(parts[2].substring(1), 16));
                leds.put(parts[1].charAt(0), parts.length > 3 && parts[3].equals("led"));
            }
        }
        if (rows.size() != 16) {
            throw new IllegalArgumentException("the grid has " + rows.size() + " rows, not 16");
        }
        for (int y = 0; y < 16; y++) {
            if (rows.get(y).length() != 16) {
                throw new IllegalArgumentException("row " + (y + 1) + " is not 16 pixels wide");
            }
            for (int x = 0; x < 16; x++) {
                char c = rows.get(y).charAt(x);
                if (!colours.containsKey(c)) {
                    throw new IllegalArgumentException("row " + (y + 1) + " uses '" + c + "', which has no colour");
                }
                pixels[y][x] = colours.get(c);
                led[y][x] = leds.get(c);
            }
        }
    }

    /** The icon at {@code size} px, a multiple of 16: each source pixel a square, or an LED on the display. */
    BufferedImage draw(int size) {
        if (size % 16 != 0) {
            throw new IllegalArgumentException(size + " is not a multiple of 16");
        }
        int s = size / 16;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int argb = pixels[y][x];
                if (argb == 0) {
                    continue;
                }
                if (s < LED_SCALE || !led[y][x]) {
                    g.setColor(new Color(argb, true));
                    g.fillRect(x * s, y * s, s, s);
                } else {
                    g.setColor(new Color(shade(argb, 0.45), true));
                    g.fillRect(x * s, y * s, s, s);
                    double gap = Math.max(1, s / 8.0);
                    double arc = s / 2.5;
                    g.setColor(new Color(argb, true));
                    g.fill(new RoundRectangle2D.Double(x * s + gap / 2, y * s + gap / 2, s - gap, s - gap, arc, arc));
                }
            }
        }
        g.dispose();
        return image;
    }

    static int shade(int argb, double factor) {
        int r = (int) (((argb >> 16) & 0xFF) * factor);
        int gr = (int) (((argb >> 8) & 0xFF) * factor);
        int b = (int) ((argb & 0xFF) * factor);
        return 0xFF000000 | r << 16 | gr << 8 | b;
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Windows icon: 32-bit bitmaps below 256 px (what every Windows tool reads), a PNG at 256 px. */
    byte[] ico() {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(size >= 256 ? png(draw(size)) : Ico.bitmap(draw(size)));
        }
        ByteBuffer out = ByteBuffer.allocate(6 + 16 * images.size() + images.stream().mapToInt(b -> b.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = 6 + 16 * images.size();
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES[i];
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /** A macOS icon: the "icns" container of PNG entries, big-endian. */
    byte[] icns() {
        Map<Integer, byte[]> pngs = new HashMap<>();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        ICNS_TYPES.forEach((type, size) -> {
            byte[] png = pngs.computeIfAbsent(size, s -> png(draw(s)));
            entries.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
            entries.writeBytes(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            entries.writeBytes(png);
        });
        ByteBuffer out = ByteBuffer.allocate(8 + entries.size());
        out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + entries.size()).put(entries.toByteArray());
        return out.array();
    }

    public static void main(String[] args) throws IOException {
        boolean check = args.length > 0 && args[0].equals("--check");
        AppIcon icon = new AppIcon(Files.readAllLines(SOURCE));
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (int size : APP_SIZES) {
            files.put(Path.of(String.format(APP_ICONS, size)), png(icon.draw(size)));
        }
        files.put(INSTALLER.resolve("yoto-smart-stream.png"), png(icon.draw(256)));
        files.put(INSTALLER.resolve("yoto-smart-stream.ico"), icon.ico());
        files.put(INSTALLER.resolve("yoto-smart-stream.icns"), icon.icns());
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            if (check) {
                if (!Files.exists(file.getKey()) || !Check.sameImages(Files.readAllBytes(file.getKey()), file.getValue())) {
                    stale.add(file.getKey().toString());
                }
            } else {
                Files.write(file.getKey(), file.getValue());
                System.out.println("wrote " + file.getKey() + " (" + file.getValue().length + " bytes)");
            }
        }
        if (!stale.isEmpty()) {
            System.err.println("These do not show what " + SOURCE + " draws; run scripts/icons.sh and commit them:");
            stale.forEach(f -> System.err.println("  " + f));
            System.exit(1);
        }
        if (check) {
            System.out.println("icons: " + files.size() + " files show what " + SOURCE + " draws");
        }
    }

    /** The .ico bitmap entry: a BITMAPINFOHEADER, BGRA rows bottom-up, then the 1-bit AND mask. */
    static final class Ico {
        static byte[] bitmap(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            int maskRow = ((w + 31) / 32) * 4;
            ByteBuffer out = ByteBuffer.allocate(40 + w * h * 4 + maskRow * h).order(ByteOrder.LITTLE_ENDIAN);
            out.putInt(40).putInt(w).putInt(2 * h).putShort((short) 1).putShort((short) 32).putInt(0)
                    .putInt(w * h * 4 + maskRow * h).putInt(0).putInt(0).putInt(0).putInt(0);
            for (int y = h - 1; y >= 0; y--) {
                for (int x = 0; x < w; x++) {
                    int argb = image.getRGB(x, y);
                    out.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
                }
            }
            for (int y = h - 1; y >= 0; y--) {
                byte[] row = new byte[maskRow];
                for (int x = 0; x < w; x++) {
                    if ((image.getRGB(x, y) >>> 24) == 0) {
                        row[x / 8] |= (byte) (0x80 >> (x % 8));
                    }
                }
                out.put(row);
            }
            return out.array();
        }

        static BufferedImage read(byte[] entry) throws IOException {
            if (entry.length > 8 && entry[1] == 'P' && entry[2] == 'N' && entry[3] == 'G') {
                return ImageIO.read(new ByteArrayInputStream(entry));
            }
            ByteBuffer in = ByteBuffer.wrap(entry).order(ByteOrder.LITTLE_ENDIAN);
            int w = in.getInt(4);
            int h = in.getInt(8) / 2;
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            in.position(40);
            for (int y = h - 1; y >= 0; y--) {
                for (int x = 0; x < w; x++) {
                    int b = in.get() & 0xFF;
                    int g = in.get() & 0xFF;
                    int r = in.get() & 0xFF;
                    int a = in.get() & 0xFF;
                    image.setRGB(x, y, a << 24 | r << 16 | g << 8 | b);
                }
            }
            return image;
        }
    }

    /** Compares what files show, not their bytes (PNG encoders differ between JDKs). */
    static final class Check {
        static boolean sameImages(byte[] committed, byte[] fresh) throws IOException {
            List<BufferedImage> a = images(committed);
            List<BufferedImage> b = images(fresh);
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!samePixels(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }

        static List<BufferedImage> images(byte[] file) throws IOException {
            List<BufferedImage> images = new ArrayList<>();
            if (file.length > 4 && new String(file, 0, 4, StandardCharsets.US_ASCII).equals("icns")) {
                ByteBuffer in = ByteBuffer.wrap(file);
                int at = 8;
                while (at + 8 <= file.length) {
                    int length = in.getInt(at + 4);
                    images.add(ImageIO.read(new ByteArrayInputStream(file, at + 8, length - 8)));
                    at += length;
                }
            } else if (file.length > 6 && file[0] == 0 && file[1] == 0 && file[2] == 1 && file[3] == 0) {
                ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
                int count = in.getShort(4);
                for (int i = 0; i < count; i++) {
                    int size = in.getInt(6 + 16 * i + 8);
                    int offset = in.getInt(6 + 16 * i + 12);
                    byte[] entry = new byte[size];
                    System.arraycopy(file, offset, entry, 0, size);
                    images.add(Ico.read(entry));
                }
            } else {
                images.add(ImageIO.read(new ByteArrayInputStream(file)));
            }
            return images;
        }

        static boolean samePixels(BufferedImage a, BufferedImage b) {
            if (a == null || b == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
                return false;
            }
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    if (a.getRGB(x, y) != b.getRGB(x, y)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
