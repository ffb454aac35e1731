package com.yotosmartstream.icons.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.yotosmartstream.icons.model.IconAnimation;
import com.yotosmartstream.icons.model.IconImage;
import com.yotosmartstream.icons.testing.FuzzBudget;

/**
 * Fuzz tests of picture import (ADR 0052, 0056): any bytes dropped on the icon studio become an
 * icon (or an animation of at most {@link IconAnimation#MAX_FRAMES} frames) or are refused with a
 * {@link BadImageException} that says why; nothing else may escape (an index out of bounds, an
 * allocation a small file asks for). Seeds: {@code ImageImportFuzzTestInputs/<method>/}.
 */
class ImageImportFuzzTest {

    /** A PNG (or JPEG) as the studio imports it, and the exact 16x16 PNG decoder. */
    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void png(byte[] data) {
        try {
            sane(ImageImport.toIcon(data, ImageImport.Options.defaults()));
        } catch (BadImageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        try {
            sane(IconPng.decode(data));
        } catch (BadImageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** A GIF, still or animated, through the animation import. */
    @FuzzTest(maxDuration = FuzzBudget.MAX_DURATION)
    void gif(byte[] data) {
        try {
            IconAnimation animation = IconGif.decode(data);
            assertThat(animation.frames()).isNotEmpty().hasSizeLessThanOrEqualTo(IconAnimation.MAX_FRAMES);
            animation.frames().forEach(frame -> {
                sane(frame.image());
                assertThat(frame.durationMs()).isBetween(IconAnimation.MIN_DURATION_MS, IconAnimation.MAX_DURATION_MS);
            });
        } catch (BadImageException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    private static void sane(IconImage image) {
        assertThat(IconPng.encode(image)).isNotEmpty();
    }
}
