package com.yotosmartstream.icons.model;

/**
 * How a player's 16x16 LED display shows an icon. Transparent pixels are LEDs that stay off
 * (black); partly transparent ones glow less. When Yoto auto-converts an upload it also dims a
 * bright picture: one whose average brightness is above about two thirds is scaled down to two
 * thirds. Yoto does not document the exact rule; this follows what it describes and is used only
 * to warn and preview (the app uploads without conversion, so its icons are never dimmed).
 */
public final class PlayerDisplay {

    /** The brightness above which Yoto's conversion dims a picture. */
    public static final double DIMMING_THRESHOLD = 2.0 / 3.0;

    private PlayerDisplay() {
    }

    /**
     * The average brightness of the lit LEDs, 0 to 1: the luma (Rec. 709 weights) of each pixel,
     * weighted by its alpha, over the pixels that are not transparent. A blank icon is 0.
     */
    public static double brightness(IconImage image) {
        double sum = 0;
        double weight = 0;
        for (int c : image.pixels()) {
            double alpha = (c >>> 24) / 255.0;
            if (alpha == 0) {
                continue;
            }
            double luma = (0.2126 * ((c >> 16) & 0xff) + 0.7152 * ((c >> 8) & 0xff) + 0.0722 * (c & 0xff)) / 255;
            sum += alpha * luma;
            weight += alpha;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    /** The factor Yoto's conversion would scale the colours by: 1 for a picture that is not too bright. */
    public static double dimming(IconImage image) {
        double brightness = brightness(image);
        return brightness <= DIMMING_THRESHOLD ? 1.0 : DIMMING_THRESHOLD / brightness;
    }

    /** The picture as the LEDs would light it: alpha folded onto black, and dimmed if {@code converted}. */
    public static int[] leds(IconImage image, boolean converted) {
        double factor = converted ? dimming(image) : 1.0;
        int[] pixels = image.pixels();
        int[] leds = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int c = pixels[i];
            double k = factor * (c >>> 24) / 255.0;
            leds[i] = 0xff000000 | scale((c >> 16) & 0xff, k) << 16 | scale((c >> 8) & 0xff, k) << 8 | scale(c & 0xff, k);
        }
        return leds;
    }

    private static int scale(int channel, double k) {
        return (int) Math.round(channel * k);
    }
}
