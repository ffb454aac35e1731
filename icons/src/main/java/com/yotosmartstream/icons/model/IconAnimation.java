package com.yotosmartstream.icons.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An icon as one or more frames, each shown for a duration: a still icon has one frame, an
 * animated one several. Immutable; every change returns a new animation.
 */
public final class IconAnimation {

    /** Frames an icon may have. */
    public static final int MAX_FRAMES = 64;
    /** GIF counts in hundredths of a second; players need a little time per frame. */
    public static final int MIN_DURATION_MS = 20;
    public static final int MAX_DURATION_MS = 10_000;
    public static final int DEFAULT_DURATION_MS = 200;

    /** One picture and how long it shows, in milliseconds (a multiple of 10). */
    public record Frame(IconImage image, int durationMs) {
        public Frame {
            if (image == null) {
                throw new IllegalArgumentException("A frame needs a picture");
            }
            durationMs = clampDuration(durationMs);
        }

        public Frame withImage(IconImage changed) {
            return new Frame(changed, durationMs);
        }
    }

    private final List<Frame> frames;

    private IconAnimation(List<Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("An icon has at least one frame");
        }
        if (frames.size() > MAX_FRAMES) {
            throw new IllegalArgumentException("An icon has at most " + MAX_FRAMES + " frames");
        }
        this.frames = List.copyOf(frames);
    }

    /** A still icon. */
    public static IconAnimation still(IconImage image) {
        return new IconAnimation(List.of(new Frame(image, DEFAULT_DURATION_MS)));
    }

    public static IconAnimation of(List<Frame> frames) {
        return new IconAnimation(frames);
    }

    /** A duration rounded to hundredths of a second and kept within what a player shows. */
    public static int clampDuration(int ms) {
        int rounded = Math.round(ms / 10f) * 10;
        return Math.max(MIN_DURATION_MS, Math.min(MAX_DURATION_MS, rounded));
    }

    public List<Frame> frames() {
        return frames;
    }

    public int size() {
        return frames.size();
    }

    public boolean isAnimated() {
        return frames.size() > 1;
    }

    public Frame frame(int index) {
        return frames.get(index);
    }

    public IconImage image(int index) {
        return frames.get(index).image();
    }

    /** The first frame: what lists and still previews show. */
    public IconImage first() {
        return frames.get(0).image();
    }

    public int totalDurationMs() {
        return frames.stream().mapToInt(Frame::durationMs).sum();
    }

    public IconAnimation withImage(int index, IconImage image) {
        List<Frame> copy = new ArrayList<>(frames);
        copy.set(index, copy.get(index).withImage(image));
        return new IconAnimation(copy);
    }

    public IconAnimation withDuration(int index, int durationMs) {
        List<Frame> copy = new ArrayList<>(frames);
        copy.set(index, new Frame(copy.get(index).image(), durationMs));
        return new IconAnimation(copy);
    }

    /** A frame put at {@code index} (0 to size), the later ones moving up. */
    public IconAnimation insert(int index, Frame frame) {
        List<Frame> copy = new ArrayList<>(frames);
        copy.add(index, frame);
        return new IconAnimation(copy);
    }

    /** Without the frame at {@code index}; the only frame cannot be removed. */
    public IconAnimation remove(int index) {
        List<Frame> copy = new ArrayList<>(frames);
        copy.remove(index);
        return new IconAnimation(copy);
    }

    /** The frame at {@code from} moved to {@code to}. */
    public IconAnimation move(int from, int to) {
        List<Frame> copy = new ArrayList<>(frames);
        copy.add(to, copy.remove(from));
        return new IconAnimation(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IconAnimation a && a.frames.equals(frames);
    }

    @Override
    public int hashCode() {
        return frames.hashCode();
    }

    @Override
    public String toString() {
        return "IconAnimation[" + frames.size() + " frames, " + totalDurationMs() + " ms]";
    }
}
