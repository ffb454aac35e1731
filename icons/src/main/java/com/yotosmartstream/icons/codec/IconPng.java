package com.yotosmartstream.icons.codec;

import com.yotosmartstream.icons.model.IconImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The icon PNG exactly as Yoto takes it without conversion: signature, IHDR (16x16, bit depth 8,
 * colour type 6 = RGBA, deflate, no filter method tricks, no interlace), one IDAT, IEND; no palette
 * and no other chunks. Encoding is deterministic (every row filter 0, fixed compression level), so
 * the same 256 pixels always give the same bytes, and so the same SHA-256 and Yoto media id.
 * {@link #decode} reads exactly this format (any filter types); other PNGs go through
 * {@link ImageImport}.
 */
public final class IconPng {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int N = IconImage.SIZE;
    private static final int ROW = 1 + N * 4;

    private IconPng() {
    }

    /** The PNG bytes of the icon. */
    public static byte[] encode(IconImage image) {
        int[] argb = image.pixels();
        byte[] raw = new byte[N * ROW];
        for (int y = 0; y < N; y++) {
            raw[y * ROW] = 0; // filter: none
            for (int x = 0; x < N; x++) {
                int c = argb[y * N + x];
                int at = y * ROW + 1 + x * 4;
                raw[at] = (byte) (c >>> 16);
                raw[at + 1] = (byte) (c >>> 8);
                raw[at + 2] = (byte) c;
                raw[at + 3] = (byte) (c >>> 24);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(N).putInt(N)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", deflate(raw));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Whether the bytes follow Yoto's rules for an icon sent without conversion (the header says so). */
    public static boolean isYotoReady(byte[] png) {
        if (png.length < 33 || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        return b.getInt(8) == 13 && type(png, 12).equals("IHDR") && b.getInt(16) == N && b.getInt(20) == N
                && png[24] == 8 && png[25] == 6 && png[28] == 0;
    }

    /**
     * Reads an icon PNG (16x16, 8-bit RGBA, not interlaced), checking every chunk's CRC.
     *
     * @throws BadImageException when the bytes are not such a PNG, or are damaged or cut short
     */
    public static IconImage decode(byte[] png) throws BadImageException {
        if (png.length < 8 || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            throw new BadImageException("This is not a PNG file.");
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        int at = 8;
        boolean header = false;
        boolean end = false;
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (!end) {
            if (at + 12 > png.length) {
                throw new BadImageException("The PNG file is cut short (it ends in the middle). Export it again.");
            }
            int length = b.getInt(at);
            String type = type(png, at + 4);
            if (length < 0 || at + 12L + length > png.length) {
                throw new BadImageException("The PNG file is cut short (it ends in the middle). Export it again.");
            }
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + length);
            if ((int) crc.getValue() != b.getInt(at + 8 + length)) {
                throw new BadImageException("The PNG file is damaged (a checksum does not match in its "
                        + type + " chunk).");
            }
            switch (type) {
                case "IHDR" -> {
                    if (length != 13 || b.getInt(at + 8) != N || b.getInt(at + 12) != N || png[at + 16] != 8
                            || png[at + 17] != 6 || png[at + 20] != 0) {
                        throw new BadImageException("This PNG is not a 16x16 32-bit RGBA icon; import it instead.");
                    }
                    header = true;
                }
                case "IDAT" -> idat.write(png, at + 8, length);
                case "IEND" -> end = true;
                default -> {
                    // ancillary chunks are skipped; PLTE cannot matter for colour type 6
                }
            }
            at += 12 + length;
        }
        if (!header) {
            throw new BadImageException("The PNG file has no header.");
        }
        return IconImage.of(unfilter(inflate(idat.toByteArray())));
    }

    private static int[] unfilter(byte[] raw) throws BadImageException {
        if (raw.length != N * ROW) {
            throw new BadImageException("The PNG file's picture data is the wrong size; it is damaged.");
        }
        byte[] previous = new byte[N * 4];
        byte[] row = new byte[N * 4];
        int[] argb = new int[N * N];
        for (int y = 0; y < N; y++) {
            int filter = raw[y * ROW];
            System.arraycopy(raw, y * ROW + 1, row, 0, row.length);
            for (int i = 0; i < row.length; i++) {
                int a = i >= 4 ? row[i - 4] & 0xff : 0;
                int up = previous[i] & 0xff;
                int c = i >= 4 ? previous[i - 4] & 0xff : 0;
                int predictor = switch (filter) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> up;
                    case 3 -> (a + up) >>> 1;
                    case 4 -> paeth(a, up, c);
                    default -> throw new BadImageException("The PNG file uses an unknown row filter; it is damaged.");
                };
                row[i] = (byte) (row[i] + predictor);
            }
            for (int x = 0; x < N; x++) {
                int r = row[x * 4] & 0xff;
                int g = row[x * 4 + 1] & 0xff;
                int bl = row[x * 4 + 2] & 0xff;
                int al = row[x * 4 + 3] & 0xff;
                argb[y * N + x] = (al << 24) | (r << 16) | (g << 8) | bl;
            }
            byte[] swap = previous;
            previous = row;
            row = swap;
        }
        return argb;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[2048];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) throws BadImageException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] out = new byte[N * ROW + 1];
            int total = 0;
            while (!inflater.finished() && total < out.length) {
                int n = inflater.inflate(out, total, out.length - total);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new BadImageException("The PNG file's picture data is cut short; it is damaged.");
                }
                total += n;
            }
            return Arrays.copyOf(out, total);
        } catch (DataFormatException e) {
            throw new BadImageException("The PNG file's picture data is damaged.", e);
        } finally {
            inflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static String type(byte[] png, int at) {
        return new String(png, at, 4, StandardCharsets.US_ASCII);
    }
}
