package com.yotosmartstream.icons.codec;

import com.yotosmartstream.icons.model.IconImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Optional palette reduction of an imported picture. A reduced picture is pixel art: every pixel is
 * either transparent (alpha below half) or opaque in one of the chosen colours.
 */
public sealed interface Reduction permits Reduction.None, Reduction.ToPalette, Reduction.ToColours {

    IconImage apply(IconImage image);

    /** Keep every colour (and partial transparency) as the scaling made it. */
    record None() implements Reduction {
        @Override
        public IconImage apply(IconImage image) {
            return image;
        }
    }

    /** Each pixel becomes the nearest colour of a palette (the painter's current one, say). */
    record ToPalette(List<Integer> colours) implements Reduction {
        public ToPalette {
            colours = colours.stream().map(c -> 0xff000000 | c).distinct().toList();
            if (colours.isEmpty()) {
                throw new IllegalArgumentException("The palette has no colours to reduce to");
            }
        }

        @Override
        public IconImage apply(IconImage image) {
            int[] pixels = image.pixels();
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (pixels[i] >>> 24) < 128 ? IconImage.TRANSPARENT : nearest(pixels[i], colours);
            }
            return IconImage.of(pixels);
        }
    }

    /** At most {@code count} colours, chosen from the picture by median cut. */
    record ToColours(int count) implements Reduction {
        public ToColours {
            if (count < 1 || count > 256) {
                throw new IllegalArgumentException("Reduce to between 1 and 256 colours, not " + count);
            }
        }

        @Override
        public IconImage apply(IconImage image) {
            List<Integer> opaque = new ArrayList<>();
            for (int c : image.pixels()) {
                if ((c >>> 24) >= 128) {
                    opaque.add(c | 0xff000000);
                }
            }
            if (opaque.isEmpty()) {
                return new ToPalette(List.of(0xff000000)).apply(image);
            }
            return new ToPalette(medianCut(opaque, count)).apply(image);
        }
    }

    /** The palette colour closest to {@code argb} as the eye sees it (the "redmean" distance). */
    static int nearest(int argb, List<Integer> palette) {
        int best = palette.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (int candidate : palette) {
            double d = distance(argb, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    static double distance(int a, int b) {
        int r1 = (a >> 16) & 0xff;
        int r2 = (b >> 16) & 0xff;
        double rMean = (r1 + r2) / 2.0;
        int dr = r1 - r2;
        int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return (2 + rMean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - rMean) / 256) * db * db;
    }

    /** Splits the colours into boxes along their widest channel until there are {@code count}; each box's mean. */
    static List<Integer> medianCut(List<Integer> colours, int count) {
        List<List<Integer>> boxes = new ArrayList<>();
        boxes.add(new ArrayList<>(colours));
        while (boxes.size() < count) {
            List<Integer> widest = null;
            int widestRange = 0;
            int widestShift = 0;
            for (List<Integer> box : boxes) {
                for (int shift : new int[] {16, 8, 0}) {
                    int range = range(box, shift);
                    if (range > widestRange) {
                        widestRange = range;
                        widest = box;
                        widestShift = shift;
                    }
                }
            }
            if (widest == null) {
                break; // every box holds one colour
            }
            int shift = widestShift;
            widest.sort(Comparator.comparingInt(c -> (c >> shift) & 0xff));
            int half = widest.size() / 2;
            boxes.remove(widest);
            boxes.add(new ArrayList<>(widest.subList(0, half)));
            boxes.add(new ArrayList<>(widest.subList(half, widest.size())));
        }
        List<Integer> palette = new ArrayList<>();
        for (List<Integer> box : boxes) {
            long r = 0;
            long g = 0;
            long b = 0;
            for (int c : box) {
                r += (c >> 16) & 0xff;
                g += (c >> 8) & 0xff;
                b += c & 0xff;
            }
            int n = box.size();
            palette.add(0xff000000 | (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n));
        }
        return palette;
    }

    private static int range(List<Integer> box, int shift) {
        int min = 255;
        int max = 0;
        for (int c : box) {
            int v = (c >> shift) & 0xff;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return box.size() < 2 ? 0 : max - min;
    }
}
